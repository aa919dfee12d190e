package fr.espaceentreprise.application.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * An outbox message claimed for dispatch.
 *
 * @param messageId  its Message-ID, fixed when it was queued, the same at every attempt
 * @param tentatives how many attempts already failed
 */
public record MessageEnAttente(UUID id, String messageId, Notification notification, int tentatives) {

    public MessageEnAttente {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(notification, "notification");
        if (tentatives < 0) {
            throw new IllegalArgumentException("tentatives < 0");
        }
    }
}
