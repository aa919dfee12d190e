package fr.espaceentreprise.bootstrap;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the application's background work on one thread, each task again {@code intervalle} after its run ends:
 * mail dispatch every few seconds, housekeeping hourly. A run that fails is logged and the next one comes as
 * planned. Several portal instances may each run them: every task is safe to run twice at once (the outbox's row
 * locks, idempotent housekeeping).
 */
final class TachesPlanifiees implements AutoCloseable {

    /**
     * @param travail answers how many things it did (mails sent, keys purged), logged when not zero
     * @param premiere delay before the first run
     */
    record Tache(String nom, Duration premiere, Duration intervalle, IntSupplier travail) {
    }

    static final Duration DISTRIBUTION = Duration.ofSeconds(3);
    static final Duration ENTRETIEN = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(TachesPlanifiees.class);
    private static final Duration ARRET_MAX = Duration.ofSeconds(10);

    private final ScheduledExecutorService planificateur;

    private TachesPlanifiees(ScheduledExecutorService planificateur) {
        this.planificateur = planificateur;
    }

    static TachesPlanifiees demarrer(List<Tache> taches) {
        ScheduledExecutorService planificateur = Executors.newSingleThreadScheduledExecutor(tache -> {
            Thread thread = new Thread(tache, "taches-planifiees");
            thread.setDaemon(true);
            return thread;
        });
        for (Tache tache : taches) {
            planificateur.scheduleWithFixedDelay(() -> executer(tache), tache.premiere().toMillis(),
                    tache.intervalle().toMillis(), TimeUnit.MILLISECONDS);
        }
        return new TachesPlanifiees(planificateur);
    }

    private static void executer(Tache tache) {
        try {
            int fait = tache.travail().getAsInt();
            if (fait > 0) {
                LOG.info("{}: {}", tache.nom(), fait);
            }
        } catch (RuntimeException e) {
            // An exception escaping here would cancel every later run.
            LOG.error("{} failed; it runs again as planned", tache.nom(), e);
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
