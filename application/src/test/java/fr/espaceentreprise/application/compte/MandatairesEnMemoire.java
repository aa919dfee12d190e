package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reference data for the account tests. */
public final class MandatairesEnMemoire implements MandataireRepository {

    private final List<Mandataire> mandataires = new ArrayList<>();

    public Mandataire ajouter(Mandataire mandataire) {
        mandataires.add(mandataire);
        return mandataire;
    }

    @Override
    public Optional<Mandataire> trouver(MandataireId id) {
        return mandataires.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Mandataire> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        return mandataires.stream().filter(m -> m.numeroAdherent().equals(numeroAdherent)).findFirst();
    }

    @Override
    public void enregistrer(Mandataire mandataire) {
        if (mandataires.stream().anyMatch(autre -> !autre.id().equals(mandataire.id())
                && autre.numeroAdherent().equals(mandataire.numeroAdherent()))) {
            throw new RegleMetierException("numeroAdherent.deja_utilise", "numeroAdherent");
        }
        mandataires.removeIf(m -> m.id().equals(mandataire.id()));
        mandataires.add(mandataire);
    }
}
