package fr.espaceentreprise.application.mandataire;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.util.Optional;

/** Storage of the {@link Mandataire} aggregate. */
public interface MandataireRepository {

    Optional<Mandataire> trouver(MandataireId id);

    Optional<Mandataire> trouverParNumeroAdherent(NumeroAdherent numeroAdherent);

    /**
     * Inserts or updates the mandataire. A numéro d'adhérent already held by another mandataire →
     * RegleMetierException "numeroAdherent.deja_utilise".
     */
    void enregistrer(Mandataire mandataire);
}
