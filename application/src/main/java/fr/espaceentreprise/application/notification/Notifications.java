package fr.espaceentreprise.application.notification;

/**
 * The outbox: queues an e-mail in the caller's transaction, so it is sent if and only if the change that
 * caused it commits. Sending happens later, by {@code DistribuerCourriels}.
 */
public interface Notifications {

    void envoyer(Notification notification);
}
