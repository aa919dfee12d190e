package fr.espaceentreprise.application.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The dispatcher's side of the outbox that {@link Notifications} fills. */
public interface BoiteDEnvoi {

    /**
     * Claims one unsent message due at {@code maintenant} (the one waiting longest first), locked until the
     * caller's transaction ends; a message another transaction holds is skipped, not waited for. Must run inside
     * a transaction, which the caller ends after sending.
     */
    Optional<MessageEnAttente> reserverProchain(Instant maintenant);

    /** Records that the message was sent; it is never claimed again. */
    void marquerEnvoye(UUID id, Instant envoyeLe);

    /**
     * Counts one more failed attempt and makes the message due again at {@code prochainEssai}. Does nothing to a
     * message already sent.
     *
     * @param raison what went wrong, for an operator; never holds a secret
     */
    void reporter(UUID id, Instant prochainEssai, String raison);
}
