package fr.espaceentreprise.application;

import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core takes from its configuration rather than from its database.
 *
 * @param centreRelationsClients how users reach customer service, shown in the rubrique Contact: kept out of the
 *                               database because it is how they reach us when the portal itself fails them
 * @param maintenanceImposee     a maintenance the environment imposes (the back office itself may be down): it
 *                               wins over the one the back office sets while it is given
 * @param secondFacteur          whether front-office users must enrol a second factor (gestionnaires always must)
 */
public record Reglages(CentreRelationsClients centreRelationsClients, Optional<Maintenance> maintenanceImposee,
        PolitiqueSecondFacteur secondFacteur) {

    public Reglages {
        Objects.requireNonNull(centreRelationsClients, "centreRelationsClients");
        Objects.requireNonNull(maintenanceImposee, "maintenanceImposee");
        Objects.requireNonNull(secondFacteur, "secondFacteur");
    }

    /** No maintenance imposed; a second factor required of everyone. */
    public Reglages(CentreRelationsClients centreRelationsClients) {
        this(centreRelationsClients, Optional.empty(), PolitiqueSecondFacteur.OBLIGATOIRE);
    }
}
