package fr.espaceentreprise.application.demande;

import java.time.Duration;

/**
 * Forgets the idempotency keys (API header, form token) older than {@link #CONSERVATION}: a client retries
 * within minutes, and the table would otherwise grow with every demande. Run on a schedule by the host.
 */
public interface PurgerClesIdempotence {

    Duration CONSERVATION = Duration.ofHours(24);

    /** Answers how many keys were forgotten. */
    int purger();
}
