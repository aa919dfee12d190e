package fr.espaceentreprise.application.notification;

import java.util.Map;

/** Writes the e-mail of a notification, in the notification's language, as plain text and HTML. */
public interface RedactionCourriels {

    /**
     * @param secrets what {@link SecretsDeNotification} produced for this dispatch (empty for a type without
     *                secret); never stored
     * @throws IllegalArgumentException when a value the type needs is missing (a secret above all): no e-mail is
     *                                  ever written with a blank in place of a password or a code
     */
    Courriel rediger(Notification notification, Map<String, String> secrets, String messageId);
}
