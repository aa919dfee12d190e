package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.TENTATIVE_LIMITEE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.compte.LimiteurDeDebit;
import java.time.Duration;
import java.time.Instant;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.tools.jdbc.SingleConnectionDataSource;
import org.junit.jupiter.api.Test;

class JooqLimiteurDeDebitTest {

    private static final String CLE = "connexion:ip:203.0.113.7";
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final LimiteurDeDebit limiteur = new JooqLimiteurDeDebit(dsl);

    @Test
    void forgets_the_attempts_that_left_their_window_even_on_keys_nobody_uses_any_more() {
        for (int i = 0; i < 3; i++) {
            limiteur.consommer("connexion:ip:198.51.100." + i, 5, MINUTE, T0);
        }
        limiteur.consommer(CLE, 5, MINUTE, T0.plusSeconds(90));

        limiteur.consommer(CLE, 5, MINUTE, T0.plusSeconds(120));

        assertEquals(List.of(CLE, CLE), dsl.select(TENTATIVE_LIMITEE.CLE).from(TENTATIVE_LIMITEE)
                .fetch(TENTATIVE_LIMITEE.CLE));
    }

    @Test
    void refuses_a_meaningless_limit_or_key() {
        assertThrows(IllegalArgumentException.class, () -> limiteur.consommer(CLE, 0, MINUTE, T0));
        assertThrows(IllegalArgumentException.class, () -> limiteur.consommer(CLE, 3, Duration.ZERO, T0));
        assertThrows(IllegalArgumentException.class, () -> limiteur.consommer("", 3, MINUTE, T0));
        assertThrows(IllegalArgumentException.class, () -> limiteur.consommer("x".repeat(201), 3, MINUTE, T0));
    }

    @Test
    void two_instances_racing_on_the_same_keys_never_let_more_than_the_limit_through() throws Exception {
        DataSource base = PostgresTestDatabase.nouvelleSourceDeDonnees();
        // One open connection per instance, as a pool would give: opening one per call would space the calls out.
        try (Connection premiere = base.getConnection(); Connection seconde = base.getConnection()) {
            List<LimiteurDeDebit> instances = List.of(
                    new JooqLimiteurDeDebit(Persistance.dsl(new SingleConnectionDataSource(premiere))),
                    new JooqLimiteurDeDebit(Persistance.dsl(new SingleConnectionDataSource(seconde))));
            // An odd limit: two attempts counting together from an even count would both pass the last slot.
            assertEquals(List.of(5, 5, 5, 5, 5, 5, 5, 5), accepteesParCle(instances, 5, 8), "accepted per key");
        }
        assertEquals(5 * 8, Persistance.dsl(base).fetchCount(TENTATIVE_LIMITEE));
    }

    /**
     * Each instance on its own thread tries every key twice the limit times, all threads starting each attempt
     * together; the attempts accepted per key, all instances summed.
     */
    private static List<Integer> accepteesParCle(List<LimiteurDeDebit> instances, int limite, int cles)
            throws Exception {
        int essaisParInstanceEtParCle = 2 * limite;
        CyclicBarrier ensemble = new CyclicBarrier(instances.size());
        ExecutorService executeur = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<List<Integer>>> acceptes = new ArrayList<>();
            for (LimiteurDeDebit instance : instances) {
                acceptes.add(executeur.submit(() -> {
                    List<Integer> parCle = new ArrayList<>();
                    for (int cle = 0; cle < cles; cle++) {
                        int accepte = 0;
                        for (int essai = 0; essai < essaisParInstanceEtParCle; essai++) {
                            ensemble.await(30, TimeUnit.SECONDS);
                            if (instance.consommer("cle-" + cle, limite, MINUTE, T0).isEmpty()) {
                                accepte++;
                            }
                        }
                        parCle.add(accepte);
                    }
                    return parCle;
                }));
            }
            List<Integer> somme = new ArrayList<>(Collections.nCopies(cles, 0));
            for (Future<List<Integer>> parInstance : acceptes) {
                List<Integer> parCle = parInstance.get(60, TimeUnit.SECONDS);
                for (int cle = 0; cle < cles; cle++) {
                    somme.set(cle, somme.get(cle) + parCle.get(cle));
                }
            }
            return somme;
        } finally {
            executeur.shutdownNow();
        }
    }
}
