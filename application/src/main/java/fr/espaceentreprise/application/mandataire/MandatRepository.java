package fr.espaceentreprise.application.mandataire;

import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.util.List;
import java.util.Optional;

/** Storage of the {@link Mandat} aggregate, with the contrats it covers. */
public interface MandatRepository {

    Optional<Mandat> trouver(MandatId id);

    /** Every mandat of the mandataire, ended ones included, oldest first. */
    List<Mandat> trouverParMandataire(MandataireId mandataireId);

    /** Inserts or updates the mandat and the set of contrats it covers. */
    void enregistrer(Mandat mandat);
}
