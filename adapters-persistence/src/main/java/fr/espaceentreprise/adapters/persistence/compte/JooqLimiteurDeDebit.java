package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.TENTATIVE_LIMITEE;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import fr.espaceentreprise.application.compte.LimiteurDeDebit;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * {@link LimiteurDeDebit} as a sliding log in PostgreSQL (table {@code tentative_limitee}), so every instance
 * counts the same attempts.
 *
 * <p>Each call is one transaction that first takes a transaction-scoped advisory lock on the key: two callers on
 * the same key, on any instance, count and insert one after the other, so the attempt beyond the limit is never
 * accepted twice. Different keys do not wait for each other (unless their hashes collide, which only serialises
 * them). Call it before the use case, outside its transaction: inside one, the attempt is recorded only if that
 * transaction commits, and the key stays locked until it ends.
 *
 * <p>Entries that left their window are deleted as they are met: those of the key at each call, and a bounded
 * batch of any key's, so keys nobody uses again do not pile up.
 */
public final class JooqLimiteurDeDebit implements LimiteurDeDebit {

    /** First half of the advisory lock's two-int key: keeps our locks apart from any other use of them. */
    private static final int ESPACE_DES_VERROUS = 0x4C_44_44_31;
    static final int LONGUEUR_CLE_MAX = 200;
    static final int PURGE_PAR_APPEL = 100;

    private final DSLContext dsl;

    public JooqLimiteurDeDebit(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Duration> consommer(String cle, int limite, Duration fenetre, Instant maintenant) {
        if (cle == null || cle.isEmpty() || cle.length() > LONGUEUR_CLE_MAX) {
            throw new IllegalArgumentException("clé de limite de débit vide ou trop longue");
        }
        if (limite < 1 || fenetre.isNegative() || fenetre.isZero()) {
            throw new IllegalArgumentException("limite et fenêtre doivent être positives: " + limite + ", " + fenetre);
        }
        OffsetDateTime instant = maintenant.atOffset(ZoneOffset.UTC);
        OffsetDateTime debutDeFenetre = instant.minus(fenetre);
        return dsl.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            transaction.select(verrou(cle)).fetch();
            transaction.deleteFrom(TENTATIVE_LIMITEE)
                    .where(TENTATIVE_LIMITEE.CLE.eq(cle))
                    .and(TENTATIVE_LIMITEE.INSTANT.le(debutDeFenetre))
                    .execute();
            List<OffsetDateTime> comptees = transaction.select(TENTATIVE_LIMITEE.INSTANT)
                    .from(TENTATIVE_LIMITEE)
                    .where(TENTATIVE_LIMITEE.CLE.eq(cle))
                    .orderBy(TENTATIVE_LIMITEE.INSTANT)
                    .fetch(TENTATIVE_LIMITEE.INSTANT);
            purgerLesTentativesExpirees(transaction, instant);
            if (comptees.size() >= limite) {
                // The next attempt passes once enough of the oldest have left the window to fall below the limit.
                OffsetDateTime libere = comptees.get(comptees.size() - limite).plus(fenetre);
                return Optional.of(Duration.between(instant, libere));
            }
            transaction.insertInto(TENTATIVE_LIMITEE)
                    .set(TENTATIVE_LIMITEE.CLE, cle)
                    .set(TENTATIVE_LIMITEE.INSTANT, instant)
                    .set(TENTATIVE_LIMITEE.EXPIRE_A, instant.plus(fenetre))
                    .execute();
            return Optional.<Duration>empty();
        });
    }

    /** Held until the transaction ends; the key's hash picks the lock. */
    private static Field<Object> verrou(String cle) {
        return function("pg_advisory_xact_lock", Object.class,
                inline(ESPACE_DES_VERROUS), function("hashtext", Integer.class, val(cle)));
    }

    /**
     * Rows another transaction holds are skipped, never waited for: a transaction that purged only inserts
     * afterwards, so waiting on its locks cannot close a cycle.
     */
    private static void purgerLesTentativesExpirees(DSLContext transaction, OffsetDateTime instant) {
        transaction.deleteFrom(TENTATIVE_LIMITEE)
                .where(TENTATIVE_LIMITEE.ID.in(
                        select(TENTATIVE_LIMITEE.ID)
                                .from(TENTATIVE_LIMITEE)
                                .where(TENTATIVE_LIMITEE.EXPIRE_A.le(instant))
                                .limit(PURGE_PAR_APPEL)
                                .forUpdate()
                                .skipLocked()))
                .execute();
    }
}
