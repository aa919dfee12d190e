package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Temporisation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JooqTemporisationSansCompteRepositoryTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00.000001Z");

    /** One schema for the class: each test works on numéros of its own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqTemporisationSansCompteRepository temporisations = new JooqTemporisationSansCompteRepository(dsl);
    private final Transactions transactions = new JooqTransactions(dsl);
    private final NumeroAdherent numero = new NumeroAdherent(Comptes.nouveauNumero());
    private final ExecutorService autreConnexion = Executors.newSingleThreadExecutor();

    @AfterEach
    void arreterLAutreConnexion() throws InterruptedException {
        autreConnexion.shutdownNow();
        autreConnexion.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void saving_a_failure_purges_the_numeros_whose_newest_failure_is_far_older() {
        Instant bienPlusTard = T.plus(JooqTemporisationSansCompteRepository.CONSERVATION).plusSeconds(3600 * 24 * 365);
        NumeroAdherent oublie = new NumeroAdherent(Comptes.nouveauNumero());
        NumeroAdherent garde = new NumeroAdherent(Comptes.nouveauNumero());
        temporisations.enregistrer(oublie, new Temporisation(12,
                List.of(bienPlusTard.minus(JooqTemporisationSansCompteRepository.CONSERVATION).minusNanos(1_000))));
        Temporisation aGarder = new Temporisation(12,
                List.of(bienPlusTard.minus(JooqTemporisationSansCompteRepository.CONSERVATION)));
        temporisations.enregistrer(garde, aGarder);

        temporisations.enregistrer(numero, Temporisation.AUCUNE.apresEchec(bienPlusTard));

        assertEquals(Optional.empty(), temporisations.trouverParNumeroAdherent(oublie));
        assertEquals(Optional.of(aGarder), temporisations.trouverParNumeroAdherent(garde));
    }

    @Test
    @Timeout(30)
    void two_first_failures_on_an_unknown_numero_are_counted_one_after_the_other() throws Exception {
        Future<Integer> echecsVusParLaSeconde = transactions.enTransaction(() -> {
            Temporisation premiere = temporisations.trouverParNumeroAdherent(numero).orElse(Temporisation.AUCUNE);
            Future<Integer> seconde = autreConnexion.submit(() -> unEchec(T.plusSeconds(1)));
            attendreQueLaSecondeAttende(seconde);
            temporisations.enregistrer(numero, premiere.apresEchec(T));
            return seconde;
        });

        assertEquals(1, echecsVusParLaSeconde.get(), "the second attempt read the first one's failure");
        assertEquals(Optional.of(new Temporisation(2, List.of(T, T.plusSeconds(1)))),
                temporisations.trouverParNumeroAdherent(numero));
    }

    @Test
    @Timeout(30)
    void a_known_unknown_numero_is_locked_until_the_attempt_that_read_it_ends() throws Exception {
        temporisations.enregistrer(numero, Temporisation.AUCUNE.apresEchec(T.minusSeconds(60)));

        Future<Integer> echecsVusParLaSeconde = transactions.enTransaction(() -> {
            Temporisation premiere = temporisations.trouverParNumeroAdherent(numero).orElseThrow();
            Future<Integer> seconde = autreConnexion.submit(() -> unEchec(T.plusSeconds(1)));
            attendreQueLaSecondeAttende(seconde);
            temporisations.enregistrer(numero, premiere.apresEchec(T));
            return seconde;
        });

        assertEquals(2, echecsVusParLaSeconde.get(), "the second attempt read the first one's failure");
        assertEquals(3, temporisations.trouverParNumeroAdherent(numero).orElseThrow().echecsConsecutifs());
    }

    private int unEchec(Instant instant) {
        return transactions.enTransaction(() -> {
            Temporisation lue = temporisations.trouverParNumeroAdherent(numero).orElse(Temporisation.AUCUNE);
            temporisations.enregistrer(numero, lue.apresEchec(instant));
            return lue.echecsConsecutifs();
        });
    }

    private static void attendreQueLaSecondeAttende(Future<?> seconde) {
        try {
            Verrous.attendreQueLAutreAttende(dsl, seconde);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
