package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.application.notification.DistribuerCourriels;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the mail dispatcher on one background thread, again {@code intervalle} after each run ends. A run that
 * fails is logged and the next one comes as planned. Several portal instances may each run one: the outbox's
 * row locks keep them from sending the same message.
 */
final class DistributionPlanifiee implements AutoCloseable {

    static final Duration INTERVALLE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(DistributionPlanifiee.class);
    private static final Duration ARRET_MAX = Duration.ofSeconds(10);

    private final ScheduledExecutorService planificateur;

    private DistributionPlanifiee(ScheduledExecutorService planificateur) {
        this.planificateur = planificateur;
    }

    static DistributionPlanifiee demarrer(DistribuerCourriels distribuer, Duration intervalle) {
        ScheduledExecutorService planificateur = Executors.newSingleThreadScheduledExecutor(tache -> {
            Thread thread = new Thread(tache, "distribution-courriels");
            thread.setDaemon(true);
            return thread;
        });
        planificateur.scheduleWithFixedDelay(() -> distribuer(distribuer), intervalle.toMillis(),
                intervalle.toMillis(), TimeUnit.MILLISECONDS);
        return new DistributionPlanifiee(planificateur);
    }

    private static void distribuer(DistribuerCourriels distribuer) {
        try {
            int envoyes = distribuer.distribuer();
            if (envoyes > 0) {
                LOG.info("{} mail(s) sent", envoyes);
            }
        } catch (RuntimeException e) {
            // An exception escaping here would cancel every later run.
            LOG.error("Mail dispatch failed; it runs again shortly", e);
        }
    }

    /** Lets a run in progress finish (a mail half sent is worse than a short wait), then stops. */
    @Override
    public void close() {
        planificateur.shutdown();
        try {
            if (!planificateur.awaitTermination(ARRET_MAX.toMillis(), TimeUnit.MILLISECONDS)) {
                planificateur.shutdownNow();
            }
        } catch (InterruptedException e) {
            planificateur.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
