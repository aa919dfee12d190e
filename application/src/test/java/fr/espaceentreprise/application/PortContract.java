package fr.espaceentreprise.application;

import fr.espaceentreprise.application.compte.HorlogeReglable;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Base of the contracts of the ports of {@link Stockage}. A contract says what a port means (what is found,
 * overwritten, ordered, paged, refused…) and runs twice: on the in-memory fakes, in application's tests, and on
 * PostgreSQL, in adapters-persistence's tests, so that a fake cannot drift from the database.
 *
 * <p>A subclass gives a fresh, empty world per test. A contract seeds the rows a port points to through the other
 * ports of that world (an account before its credentials…), and calls the ports inside a transaction, as the use
 * cases do. Instants have whole microseconds at most: PostgreSQL keeps no finer.
 */
public abstract class PortContract {

    protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    private static final AtomicInteger NUMEROS = new AtomicInteger(50_000_000);

    /** Read by the ports that stamp what they write (the outbox); the test moves it. */
    protected final HorlogeReglable horloge = new HorlogeReglable(T0);
    private Stockage stockage;

    /** A new world, every port over one {@link Stockage#transactions()}, nothing stored, stamping with {@code horloge}. */
    protected abstract Stockage nouveauStockage(Clock horloge);

    /** This test's world, made on first use. */
    protected final Stockage stockage() {
        if (stockage == null) {
            stockage = nouveauStockage(horloge);
        }
        return stockage;
    }

    protected final <T> T enTransaction(Supplier<T> travail) {
        return stockage().transactions().enTransaction(travail);
    }

    protected final void enTransaction(Runnable travail) {
        stockage().transactions().enTransaction(travail);
    }

    /** A numéro d'adhérent no other test of the JVM uses. */
    protected static NumeroAdherent nouveauNumero() {
        return new NumeroAdherent(Integer.toString(NUMEROS.incrementAndGet()));
    }

    /** Stores {@code compte} (e.g. a gestionnaire, who needs no entreprise) and answers it. */
    protected final Utilisateur stocker(Utilisateur compte) {
        enTransaction(() -> stockage().utilisateurs().enregistrer(compte));
        return compte;
    }

    /** Stores {@code entreprise} and answers it. */
    protected final Entreprise stocker(Entreprise entreprise) {
        enTransaction(() -> stockage().entreprises().enregistrer(entreprise));
        return entreprise;
    }

    /** An entreprise of numéro and SIRET of its own, stored. */
    protected final Entreprise uneEntreprise() {
        return stocker(UneEntreprise.parDefaut().build());
    }

    /** A gestionnaire account, stored: the owner of the rows a test needs an account for. */
    protected final Utilisateur unCompte() {
        return stocker(UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero().valeur()).build());
    }
}
