package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.util.Optional;

/** Storage of the {@link Entreprise} aggregate. */
public interface EntrepriseRepository {

    Optional<Entreprise> trouver(EntrepriseId id);

    Optional<Entreprise> trouverParNumeroAdherent(NumeroAdherent numeroAdherent);

    /**
     * Inserts or updates the entreprise. A numéro d'adhérent or SIRET already held by another entreprise →
     * RegleMetierException "numeroAdherent.deja_utilise" / "siret.deja_utilise".
     */
    void enregistrer(Entreprise entreprise);
}
