package fr.espaceentreprise.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The outbox, {@link Notifications} and {@link BoiteDEnvoi} together: a notification queued in a transaction that
 * commits is due at once, claimed oldest first, until it is sent; a failed attempt makes it due again later.
 */
public abstract class BoiteDEnvoiContract extends PortContract {

    private BoiteDEnvoi boite() {
        return stockage().boiteDEnvoi();
    }

    private void queuer(Notification notification) {
        enTransaction(() -> stockage().notifications().envoyer(notification));
    }

    private static Notification rappelA(String destinataire) {
        return new Notification(TypeNotification.RAPPEL_NUMERO_ADHERENT, new Email(destinataire), Langue.FR,
                Optional.empty(), Map.of("numeroAdherent", "10000001"));
    }

    private Optional<MessageEnAttente> reserver(Instant maintenant) {
        return enTransaction(() -> boite().reserverProchain(maintenant));
    }

    private void marquerEnvoye(MessageEnAttente message) {
        enTransaction(() -> boite().marquerEnvoye(message.id(), horloge.instant()));
    }

    @Test
    void claims_nothing_when_the_outbox_is_empty() {
        assertEquals(Optional.empty(), reserver(T0));
    }

    @Test
    void a_queued_notification_is_due_at_once_and_read_back_field_for_field() {
        UtilisateurId compte = unCompte().id();
        Map<String, String> parametres = new LinkedHashMap<>();
        parametres.put("motif", "Numéro \"inconnu\"\nà vérifier <b>");
        parametres.put("nom", "Ça & Cie — 日本");
        Notification notification = new Notification(TypeNotification.MOT_DE_PASSE_PROVISOIRE,
                new Email("Anne.Durand@Example.FR"), Langue.EN, Optional.of(compte), parametres);

        queuer(notification);

        MessageEnAttente message = reserver(T0).orElseThrow();
        assertEquals(notification, message.notification());
        assertEquals(0, message.tentatives());
    }

    @Test
    void each_message_has_a_message_id_of_its_own() {
        queuer(rappelA("anne@example.fr"));
        queuer(rappelA("bruno@example.fr"));

        MessageEnAttente premier = reserver(T0).orElseThrow();
        marquerEnvoye(premier);
        MessageEnAttente second = reserver(T0).orElseThrow();

        assertNotEquals(premier.id(), second.id());
        assertNotEquals(premier.messageId(), second.messageId());
    }

    @Test
    void claims_the_message_waiting_longest_first() {
        horloge.regler(T0.minusSeconds(60));
        queuer(rappelA("anne@example.fr"));
        horloge.regler(T0);
        queuer(rappelA("bruno@example.fr"));

        MessageEnAttente ancien = reserver(T0).orElseThrow();
        assertEquals("anne@example.fr", ancien.notification().destinataire().valeur());
        marquerEnvoye(ancien);
        assertEquals("bruno@example.fr", reserver(T0).orElseThrow().notification().destinataire().valeur());
    }

    @Test
    void a_sent_message_is_never_claimed_again() {
        queuer(rappelA("anne@example.fr"));

        enTransaction(() -> {
            MessageEnAttente message = boite().reserverProchain(T0).orElseThrow();
            boite().marquerEnvoye(message.id(), T0.plusSeconds(1));
        });

        assertEquals(Optional.empty(), reserver(T0.plus(Duration.ofDays(365))));
    }

    @Test
    void a_claim_rolled_back_leaves_the_message_to_claim_again_nothing_is_lost() {
        queuer(rappelA("anne@example.fr"));
        MessageEnAttente claimed = reserver(T0).orElseThrow();

        assertThrows(IllegalStateException.class, () -> enTransaction(() -> {
            boite().reserverProchain(T0).orElseThrow();
            throw new IllegalStateException("le nœud meurt pendant l'envoi");
        }));

        assertEquals(claimed, reserver(T0).orElseThrow());
    }

    @Test
    void a_postponed_message_waits_until_its_next_try_keeps_its_message_id_and_counts_the_failure() {
        queuer(rappelA("anne@example.fr"));
        MessageEnAttente premier = reserver(T0).orElseThrow();

        enTransaction(() -> boite().reporter(premier.id(), T0.plus(Duration.ofMinutes(1)), "SMTP injoignable"));

        assertEquals(Optional.empty(), reserver(T0.plusSeconds(59)));
        MessageEnAttente second = reserver(T0.plusSeconds(60)).orElseThrow();
        assertEquals(premier.messageId(), second.messageId());
        assertEquals(1, second.tentatives());
    }

    @Test
    void postponing_a_message_already_sent_changes_nothing() {
        queuer(rappelA("anne@example.fr"));
        MessageEnAttente message = reserver(T0).orElseThrow();
        marquerEnvoye(message);

        enTransaction(() -> boite().reporter(message.id(), T0.plus(Duration.ofMinutes(1)), "trop tard"));

        assertEquals(Optional.empty(), reserver(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void a_notification_is_queued_in_the_callers_transaction_and_rolled_back_with_it() {
        assertThrows(IllegalStateException.class, () -> enTransaction(() -> {
            stockage().notifications().envoyer(rappelA("anne@example.fr"));
            throw new IllegalStateException("le changement qui cause le courriel échoue");
        }));

        assertEquals(Optional.empty(), reserver(T0));
    }
}
