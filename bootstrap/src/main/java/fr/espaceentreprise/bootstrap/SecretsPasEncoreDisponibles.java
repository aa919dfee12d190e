package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.SecretsDeNotification;
import java.util.Map;

/**
 * Stand-in until the account use cases provide the real {@link SecretsDeNotification} (drawing a temporary
 * password or a confirmation code and storing its hash on the account). Nothing queues a secret-carrying
 * notification yet; should one be queued, its dispatch fails here and the dispatcher postpones it, so no mail
 * ever leaves without its secret.
 */
final class SecretsPasEncoreDisponibles implements SecretsDeNotification {

    @Override
    public Map<String, String> produire(Notification notification) {
        throw new UnsupportedOperationException("no secret producer is wired yet: a " + notification.type()
                + " mail cannot be sent");
    }
}
