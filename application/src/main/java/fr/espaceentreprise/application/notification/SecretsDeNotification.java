package fr.espaceentreprise.application.notification;

import java.util.Map;

/**
 * Produces the secret a notification carries, at dispatch time and inside the dispatch transaction: e.g. draws
 * a temporary password, stores only its hash on the account, and returns the clear value for the e-mail body.
 * If sending fails the transaction rolls back and the secret is forgotten; the next attempt draws a new one.
 */
public interface SecretsDeNotification {

    /** The values to add to the notification's parameters (e.g. {@code motDePasseProvisoire}, {@code code}). */
    Map<String, String> produire(Notification notification);
}
