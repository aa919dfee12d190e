package fr.espaceentreprise.adapters.persistence.notification;

import fr.espaceentreprise.adapters.persistence.commun.JsonPlat;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.BoiteDEnvoiRecord;
import fr.espaceentreprise.application.notification.MessageEnAttente;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.JSONB;

/** A notification as an outbox row, and back; the parameters as a flat jsonb object of strings. */
final class NotificationMapper {

    private NotificationMapper() {
    }

    static BoiteDEnvoiRecord versLigne(UUID id, String messageId, Notification notification, Instant creeLe) {
        BoiteDEnvoiRecord ligne = new BoiteDEnvoiRecord();
        ligne.setId(id);
        ligne.setMessageId(messageId);
        ligne.setType(notification.type().name());
        ligne.setDestinataire(notification.destinataire().valeur());
        ligne.setLangue(notification.langue().name());
        ligne.setUtilisateurId(notification.utilisateurId().map(UtilisateurId::valeur).orElse(null));
        ligne.setParametres(JSONB.valueOf(JsonPlat.ecrire(notification.parametres())));
        ligne.setCreeLe(horodatage(creeLe));
        ligne.setProchainEssai(horodatage(creeLe));
        ligne.setTentatives(0);
        return ligne;
    }

    static MessageEnAttente versMessage(BoiteDEnvoiRecord ligne) {
        Notification notification = new Notification(
                TypeNotification.valueOf(ligne.getType()),
                new Email(ligne.getDestinataire()),
                Langue.valueOf(ligne.getLangue()),
                Optional.ofNullable(ligne.getUtilisateurId()).map(UtilisateurId::new),
                JsonPlat.lire(ligne.getParametres().data()));
        return new MessageEnAttente(ligne.getId(), ligne.getMessageId(), notification, ligne.getTentatives());
    }

    static OffsetDateTime horodatage(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
