package fr.espaceentreprise.adapters.persistence.notification;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;

import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.Notifications;
import java.time.Clock;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Queues notifications in the outbox table, in the caller's transaction, due at once. Each gets its Message-ID
 * here, {@code <random-uuid@espace-entreprise>}, kept for every attempt so a duplicate can be recognised.
 */
public final class JooqNotifications implements Notifications {

    static final String DOMAINE_MESSAGE_ID = "espace-entreprise";

    private final DSLContext dsl;
    private final Clock horloge;

    public JooqNotifications(DSLContext dsl, Clock horloge) {
        this.dsl = dsl;
        this.horloge = horloge;
    }

    @Override
    public void envoyer(Notification notification) {
        String messageId = "<" + UUID.randomUUID() + "@" + DOMAINE_MESSAGE_ID + ">";
        dsl.insertInto(BOITE_D_ENVOI)
                .set(NotificationMapper.versLigne(UUID.randomUUID(), messageId, notification, horloge.instant()))
                .execute();
    }
}
