package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DistributionPlanifieeTest {

    @Test
    void runs_again_and_again_even_after_a_run_that_failed() throws Exception {
        AtomicInteger appels = new AtomicInteger();
        CountDownLatch troisAppels = new CountDownLatch(3);

        try (DistributionPlanifiee distribution = DistributionPlanifiee.demarrer(() -> {
            appels.incrementAndGet();
            troisAppels.countDown();
            throw new IllegalStateException("base injoignable");
        }, Duration.ofMillis(10))) {
            assertTrue(troisAppels.await(5, TimeUnit.SECONDS), "the schedule survives a failing run");
        }
    }

    @Test
    void stops_when_closed() throws Exception {
        AtomicInteger appels = new AtomicInteger();
        CountDownLatch premierAppel = new CountDownLatch(1);
        DistributionPlanifiee distribution = DistributionPlanifiee.demarrer(() -> {
            appels.incrementAndGet();
            premierAppel.countDown();
            return 0;
        }, Duration.ofMillis(10));
        assertTrue(premierAppel.await(5, TimeUnit.SECONDS));

        distribution.close();
        int apresArret = appels.get();
        Thread.sleep(100);

        assertEquals(apresArret, appels.get());
    }
}
