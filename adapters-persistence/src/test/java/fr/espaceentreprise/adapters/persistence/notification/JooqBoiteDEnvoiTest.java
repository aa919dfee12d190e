package fr.espaceentreprise.adapters.persistence.notification;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.BoiteDEnvoiRecord;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.MessageEnAttente;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqBoiteDEnvoiTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final Transactions transactions = new JooqTransactions(dsl);
    private final JooqBoiteDEnvoi boite = new JooqBoiteDEnvoi(dsl);

    @Test
    void claims_nothing_when_the_outbox_is_empty() {
        assertEquals(Optional.empty(), reserver(T0));
    }

    @Test
    void claims_the_message_waiting_longest_first() {
        String ancien = queuer(T0.minusSeconds(60), "anne@example.fr");
        String recent = queuer(T0, "bruno@example.fr");

        assertEquals(ancien, reserver(T0).orElseThrow().messageId());
        marquerEnvoye(ancien);
        assertEquals(recent, reserver(T0).orElseThrow().messageId());
    }

    @Test
    void a_sent_message_is_never_claimed_again() {
        String messageId = queuer(T0, "anne@example.fr");

        transactions.enTransaction(() -> {
            MessageEnAttente message = boite.reserverProchain(T0).orElseThrow();
            boite.marquerEnvoye(message.id(), T0.plusSeconds(1));
        });

        assertEquals(Optional.empty(), reserver(T0.plus(Duration.ofDays(365))));
        assertEquals(T0.plusSeconds(1), ligne(messageId).getEnvoyeLe().toInstant());
    }

    @Test
    void a_claim_rolled_back_leaves_the_message_to_claim_again_nothing_is_lost() {
        String messageId = queuer(T0, "anne@example.fr");

        assertThrows(IllegalStateException.class, () -> transactions.enTransaction(() -> {
            boite.reserverProchain(T0).orElseThrow();
            throw new IllegalStateException("le nœud meurt pendant l'envoi");
        }));

        assertEquals(messageId, reserver(T0).orElseThrow().messageId());
    }

    @Test
    void a_postponed_message_waits_until_its_next_try_keeps_its_message_id_and_counts_the_failure() {
        String messageId = queuer(T0, "anne@example.fr");
        MessageEnAttente premier = reserver(T0).orElseThrow();

        transactions.enTransaction(() -> boite.reporter(premier.id(), T0.plus(Duration.ofMinutes(1)), "SMTP injoignable"));

        assertEquals(Optional.empty(), reserver(T0.plusSeconds(59)));
        MessageEnAttente second = reserver(T0.plusSeconds(60)).orElseThrow();
        assertEquals(messageId, second.messageId());
        assertEquals(1, second.tentatives());
        assertEquals("SMTP injoignable", ligne(messageId).getDerniereErreur());
    }

    @Test
    void postponing_a_message_already_sent_changes_nothing() {
        String messageId = queuer(T0, "anne@example.fr");
        MessageEnAttente message = reserver(T0).orElseThrow();
        marquerEnvoye(messageId);

        boite.reporter(message.id(), T0.plus(Duration.ofMinutes(1)), "trop tard");

        assertEquals(0, ligne(messageId).getTentatives());
        assertEquals(null, ligne(messageId).getDerniereErreur());
    }

    @Test
    void a_long_reason_is_cut_to_a_thousand_characters() {
        String messageId = queuer(T0, "anne@example.fr");

        boite.reporter(reserver(T0).orElseThrow().id(), T0, "x".repeat(5_000));

        assertEquals(1_000, ligne(messageId).getDerniereErreur().length());
    }

    @Test
    void two_concurrent_transactions_claim_different_messages_and_a_third_finds_none_left() throws Exception {
        queuer(T0, "anne@example.fr");
        queuer(T0, "bruno@example.fr");

        try (Reservation premiere = Reservation.tenue(transactions, boite);
                Reservation seconde = Reservation.tenue(transactions, boite);
                Reservation troisieme = Reservation.tenue(transactions, boite)) {
            MessageEnAttente a = premiere.message().orElseThrow();
            MessageEnAttente b = seconde.message().orElseThrow();

            assertNotEquals(a.id(), b.id());
            assertEquals(Optional.empty(), troisieme.message());
        }
        assertEquals(2, reserverToutCeQuiReste());
    }

    /** Claims every due message one transaction at a time, marking each sent; answers how many. */
    private int reserverToutCeQuiReste() {
        int n = 0;
        while (transactions.enTransaction(() -> boite.reserverProchain(T0)
                .map(message -> {
                    boite.marquerEnvoye(message.id(), T0);
                    return true;
                }).orElse(false))) {
            n++;
        }
        return n;
    }

    private String queuer(Instant creeLe, String destinataire) {
        new JooqNotifications(dsl, Clock.fixed(creeLe, ZoneOffset.UTC)).envoyer(new Notification(
                TypeNotification.RAPPEL_NUMERO_ADHERENT, new Email(destinataire), Langue.FR, Optional.empty(),
                Map.of("numeroAdherent", "10000001")));
        return dsl.select(BOITE_D_ENVOI.MESSAGE_ID).from(BOITE_D_ENVOI)
                .where(BOITE_D_ENVOI.DESTINATAIRE.eq(destinataire)).fetchSingle(BOITE_D_ENVOI.MESSAGE_ID);
    }

    private Optional<MessageEnAttente> reserver(Instant maintenant) {
        return transactions.enTransaction(() -> boite.reserverProchain(maintenant));
    }

    private void marquerEnvoye(String messageId) {
        boite.marquerEnvoye(ligne(messageId).getId(), T0);
    }

    private BoiteDEnvoiRecord ligne(String messageId) {
        return dsl.fetchSingle(BOITE_D_ENVOI, BOITE_D_ENVOI.MESSAGE_ID.eq(messageId));
    }

    /**
     * A claim made in a transaction of its own thread and held (row locked, transaction open) until closed, as
     * a dispatcher on another node holds it while it sends.
     */
    private static final class Reservation implements AutoCloseable {

        private final CountDownLatch liberer = new CountDownLatch(1);
        private final CompletableFuture<Optional<MessageEnAttente>> reserve = new CompletableFuture<>();
        private final CompletableFuture<Void> fin;

        /** A thread of its own: a shared pool could run the three claims one after the other. */
        private Reservation(Transactions transactions, JooqBoiteDEnvoi boite) {
            fin = CompletableFuture.runAsync(() -> transactions.enTransaction(() -> {
                reserve.complete(boite.reserverProchain(T0));
                attendre(liberer);
            }), tache -> new Thread(tache, "reservation").start());
        }

        static Reservation tenue(Transactions transactions, JooqBoiteDEnvoi boite) throws Exception {
            Reservation reservation = new Reservation(transactions, boite);
            reservation.reserve.get(10, TimeUnit.SECONDS);
            return reservation;
        }

        Optional<MessageEnAttente> message() throws Exception {
            return reserve.get(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            liberer.countDown();
            fin.get(10, TimeUnit.SECONDS);
        }

        private static void attendre(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("réservation jamais libérée");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
