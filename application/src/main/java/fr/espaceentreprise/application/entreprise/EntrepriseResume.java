package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Objects;

/** An entreprise as a list or a switcher shows it. */
public record EntrepriseResume(EntrepriseId id, NumeroAdherent numeroAdherent, String raisonSociale) {

    public EntrepriseResume {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(numeroAdherent, "numeroAdherent");
        Objects.requireNonNull(raisonSociale, "raisonSociale");
    }
}
