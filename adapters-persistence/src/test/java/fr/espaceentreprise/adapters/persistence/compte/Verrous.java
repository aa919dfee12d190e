package fr.espaceentreprise.adapters.persistence.compte;

import static org.jooq.impl.DSL.field;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jooq.DSLContext;

/** Proof, asked of PostgreSQL itself, that a concurrent transaction waits for a lock the caller holds. */
final class Verrous {

    private Verrous() {
    }

    /**
     * Returns once another backend is blocked by the caller's (the transaction bound to this thread). Fails as soon
     * as {@code autre} ends without having been blocked: it then read without waiting for the caller's lock.
     */
    static void attendreQueLAutreAttende(DSLContext transaction, Future<?> autre) throws InterruptedException {
        while (true) {
            // pg_locks, unlike pg_stat_activity, is read afresh at each statement of a transaction.
            int bloquees = transaction.fetchValue(field("(select count(distinct pid)::int from pg_locks"
                    + " where not granted and pg_backend_pid() = any(pg_blocking_pids(pid)))", Integer.class));
            if (bloquees > 0) {
                return;
            }
            if (autre.isDone()) {
                fail("l'autre transaction a fini sans attendre le verrou: " + issue(autre));
            }
            Thread.sleep(5);
        }
    }

    private static String issue(Future<?> autre) throws InterruptedException {
        try {
            return "résultat " + autre.get();
        } catch (ExecutionException e) {
            return "exception " + e.getCause();
        }
    }
}
