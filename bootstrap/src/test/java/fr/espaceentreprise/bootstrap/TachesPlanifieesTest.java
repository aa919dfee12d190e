package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TachesPlanifieesTest {

    static final Duration VITE = Duration.ofMillis(10);

    @Test
    void runs_again_and_again_even_after_a_run_that_failed() throws Exception {
        CountDownLatch troisAppels = new CountDownLatch(3);

        try (TachesPlanifiees taches = TachesPlanifiees.demarrer(List.of(new TachesPlanifiees.Tache("en panne",
                VITE, VITE, () -> {
                    troisAppels.countDown();
                    throw new IllegalStateException("base injoignable");
                })))) {
            assertTrue(troisAppels.await(5, TimeUnit.SECONDS), "the schedule survives a failing run");
        }
    }

    @Test
    void a_failing_task_does_not_stop_the_others() throws Exception {
        CountDownLatch deuxAppels = new CountDownLatch(2);

        try (TachesPlanifiees taches = TachesPlanifiees.demarrer(List.of(
                new TachesPlanifiees.Tache("en panne", Duration.ZERO, VITE, () -> {
                    throw new IllegalStateException("base injoignable");
                }),
                new TachesPlanifiees.Tache("saine", VITE, VITE, () -> {
                    deuxAppels.countDown();
                    return 1;
                })))) {
            assertTrue(deuxAppels.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void stops_when_closed() throws Exception {
        AtomicInteger appels = new AtomicInteger();
        CountDownLatch premierAppel = new CountDownLatch(1);
        TachesPlanifiees taches = TachesPlanifiees.demarrer(List.of(new TachesPlanifiees.Tache("comptee", VITE,
                VITE, () -> {
                    appels.incrementAndGet();
                    premierAppel.countDown();
                    return 0;
                })));
        assertTrue(premierAppel.await(5, TimeUnit.SECONDS));

        taches.close();
        int apresArret = appels.get();
        Thread.sleep(100);

        assertEquals(apresArret, appels.get());
    }
}
