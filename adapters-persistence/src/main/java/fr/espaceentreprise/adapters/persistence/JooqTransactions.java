package fr.espaceentreprise.adapters.persistence;

import fr.espaceentreprise.application.commun.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * {@link Transactions} over a {@link DSLContext} built by {@link Persistance#dsl}: the work runs in one JDBC
 * transaction bound to the thread, so repositories sharing that context write in it.
 *
 * <p>A call nested inside a running transaction joins it (no savepoint). If the nested work throws, the whole
 * transaction is rolled back even when the outer work catches the exception, so that a half-done nested use case
 * is never committed; the outer call then fails with {@link IllegalStateException}.
 */
public final class JooqTransactions implements Transactions {

    private final DSLContext dsl;
    private final ThreadLocal<EnCours> enCours = new ThreadLocal<>();

    public JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T enTransaction(Supplier<T> travail) {
        EnCours courante = enCours.get();
        if (courante != null) {
            return joindre(courante, travail);
        }
        EnCours nouvelle = new EnCours();
        enCours.set(nouvelle);
        try {
            return dsl.transactionResult(configuration -> {
                T resultat = travail.get();
                if (nouvelle.aAnnuler) {
                    throw new IllegalStateException(
                            "transaction annulée: un appel imbriqué a échoué et son exception a été interceptée");
                }
                return resultat;
            });
        } finally {
            enCours.remove();
        }
    }

    private static <T> T joindre(EnCours courante, Supplier<T> travail) {
        try {
            return travail.get();
        } catch (RuntimeException | Error e) {
            courante.aAnnuler = true;
            throw e;
        }
    }

    private static final class EnCours {
        private boolean aAnnuler;
    }
}
