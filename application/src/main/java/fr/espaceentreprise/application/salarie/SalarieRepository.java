package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.util.Optional;

/** Storage of the {@link Salarie} aggregate, with its affiliations. */
public interface SalarieRepository {

    Optional<Salarie> trouver(SalarieId id);

    /** Inserts or updates the salarié and its affiliations. */
    void enregistrer(Salarie salarie);
}
