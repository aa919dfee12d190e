package fr.espaceentreprise.adapters.persistence.compte;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import org.jooq.DSLContext;

/**
 * A transaction-scoped advisory lock on a key, for the rows a {@code SELECT … FOR UPDATE} cannot lock because they
 * do not exist yet: two transactions about to create the same row take it one after the other. Each use has its
 * own namespace (the first int of the lock's two-int key); the key's hash picks the lock, so two keys whose hashes
 * collide only wait for each other.
 */
final class VerrouDeCle {

    private final int espace;

    VerrouDeCle(int espace) {
        this.espace = espace;
    }

    /** Waits for the lock of {@code cle} and holds it until the current transaction ends. */
    void prendre(DSLContext dsl, String cle) {
        dsl.select(function("pg_advisory_xact_lock", Object.class,
                inline(espace), function("hashtext", Integer.class, val(cle)))).fetch();
    }
}
