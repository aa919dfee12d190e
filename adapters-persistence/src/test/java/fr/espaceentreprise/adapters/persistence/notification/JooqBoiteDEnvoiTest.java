package fr.espaceentreprise.adapters.persistence.notification;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
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
    void the_reason_of_a_failed_attempt_is_kept_for_an_operator_cut_to_a_thousand_characters() {
        String court = queuer(T0, "anne@example.fr");
        String long_ = queuer(T0.plusSeconds(1), "bruno@example.fr");

        boite.reporter(reserver(T0).orElseThrow().id(), T0.plusSeconds(60), "SMTP injoignable");
        boite.reporter(reserver(T0.plusSeconds(1)).orElseThrow().id(), T0.plusSeconds(60), "x".repeat(5_000));

        assertEquals("SMTP injoignable", ligne(court).getDerniereErreur());
        assertEquals(1_000, ligne(long_).getDerniereErreur().length());
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
