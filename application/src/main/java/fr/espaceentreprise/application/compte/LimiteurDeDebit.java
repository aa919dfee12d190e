package fr.espaceentreprise.application.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per key (e.g. "connexion:ip:203.0.113.7") in a sliding window shared by every instance of the
 * portal, so a flood from one source is slowed down whichever node it reaches.
 */
public interface LimiteurDeDebit {

    /**
     * Records one attempt for {@code cle} at {@code maintenant}.
     *
     * @return empty when the attempt is within {@code limite} attempts per {@code fenetre}; otherwise how long to
     *         wait before the next attempt would be accepted (the attempt is refused and not counted)
     */
    Optional<Duration> consommer(String cle, int limite, Duration fenetre, Instant maintenant);
}
