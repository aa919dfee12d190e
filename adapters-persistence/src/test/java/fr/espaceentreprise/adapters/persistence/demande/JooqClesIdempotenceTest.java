package fr.espaceentreprise.adapters.persistence.demande;

import static org.jooq.impl.DSL.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.demande.CleIdempotence;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the key's table adds to the contract (ClesIdempotenceContract): the deferred foreign key to the demande, and
 * the wait of a second transaction on the key another one holds.
 */
class JooqClesIdempotenceTest {

    private static final Instant MAINTENANT = Instant.parse("2025-06-02T09:15:30Z");
    private static final CleIdempotence CLE = new CleIdempotence("f1c2-formulaire-7");

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqClesIdempotence cles = new JooqClesIdempotence(dsl);
    private final JooqDemandeRepository demandes = new JooqDemandeRepository(dsl);
    private final Transactions transactions = new JooqTransactions(dsl);
    private final Entreprise entreprise = Demandeurs.uneEntreprise(dsl, "Atlas Ingénierie");
    private final UtilisateurId auteur = Demandeurs.unCompteDe(dsl, entreprise);
    private final ExecutorService autreConnexion = Executors.newSingleThreadExecutor();

    @AfterEach
    void arreterLAutreConnexion() throws InterruptedException {
        autreConnexion.shutdownNow();
        autreConnexion.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void a_key_whose_demande_is_never_saved_cannot_be_committed() {
        assertThrows(DataAccessException.class, () -> transactions.enTransaction(
                () -> cles.reserver(auteur, CLE, DemandeId.nouveau(), MAINTENANT)));

        assertEquals(Optional.empty(), soumettre(auteur, CLE, DemandeId.nouveau()), "nothing was kept of the first");
    }

    @Test
    @Timeout(30)
    void of_two_concurrent_submissions_with_one_key_the_second_waits_and_answers_the_demande_of_the_first()
            throws Exception {
        DemandeId premiere = DemandeId.nouveau();
        DemandeId seconde = DemandeId.nouveau();

        Future<Optional<DemandeId>> reponseALaSeconde = transactions.enTransaction(() -> {
            assertEquals(Optional.empty(), cles.reserver(auteur, CLE, premiere, MAINTENANT));
            Future<Optional<DemandeId>> autre = autreConnexion.submit(() -> soumettre(auteur, CLE, seconde));
            attendreQueLAutreAttende(autre);
            demandes.enregistrer(demande(premiere));
            return autre;
        });

        assertEquals(Optional.of(premiere), reponseALaSeconde.get());
        assertEquals(Optional.empty(), demandes.trouver(seconde), "the second created no demande");
    }

    @Test
    @Timeout(30)
    void when_the_first_of_two_concurrent_submissions_fails_the_second_takes_the_key() throws Exception {
        DemandeId premiere = DemandeId.nouveau();
        DemandeId seconde = DemandeId.nouveau();
        Future<?>[] autre = new Future<?>[1];

        assertThrows(IllegalStateException.class, () -> transactions.enTransaction(() -> {
            cles.reserver(auteur, CLE, premiere, MAINTENANT);
            autre[0] = autreConnexion.submit(() -> soumettre(auteur, CLE, seconde));
            attendreQueLAutreAttende(autre[0]);
            throw new IllegalStateException("la première soumission échoue");
        }));

        assertEquals(Optional.empty(), autre[0].get());
        assertEquals(Optional.of(seconde), soumettre(auteur, CLE, DemandeId.nouveau()));
    }

    /** What the use case does: reserve the key, and save the demande only when the key was free. */
    private Optional<DemandeId> soumettre(UtilisateurId qui, CleIdempotence cle, DemandeId id) {
        return transactions.enTransaction(() -> cles.reserver(qui, cle, id, MAINTENANT).or(() -> {
            demandes.enregistrer(demande(id));
            return Optional.empty();
        }));
    }

    private Demande demande(DemandeId id) {
        return UneDemande.autre().identifiee(id).pour(entreprise.id()).par(auteur).soumiseLe(MAINTENANT).build();
    }

    /** Returns once another backend waits for a lock this thread's transaction holds; fails if it never did. */
    private static void attendreQueLAutreAttende(Future<?> autre) {
        try {
            while (true) {
                int bloquees = dsl.fetchValue(field("(select count(distinct pid)::int from pg_locks"
                        + " where not granted and pg_backend_pid() = any(pg_blocking_pids(pid)))", Integer.class));
                if (bloquees > 0) {
                    return;
                }
                if (autre.isDone()) {
                    fail("l'autre transaction a fini sans attendre la première");
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException interrompu) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrompu);
        }
    }
}
