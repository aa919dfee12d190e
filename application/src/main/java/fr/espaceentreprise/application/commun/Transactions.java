package fr.espaceentreprise.application.commun;

import java.util.function.Supplier;

/**
 * Runs a use case's work in one database transaction: every write inside commits together, or none does
 * when the work throws. Calls nested inside a running transaction join it.
 */
public interface Transactions {

    <T> T enTransaction(Supplier<T> travail);

    default void enTransaction(Runnable travail) {
        enTransaction(() -> {
            travail.run();
            return null;
        });
    }
}
