package fr.espaceentreprise.application.contrat;

/**
 * Makes each change of plan validated for a later day the contrat's garantie once that day has come (Paris
 * date); run on a schedule by whoever hosts the application. Running it again, or on two nodes at once, changes
 * nothing more.
 */
public interface AppliquerGarantiesProgrammees {

    /** Answers how many contrats switched plan. */
    int appliquer();
}
