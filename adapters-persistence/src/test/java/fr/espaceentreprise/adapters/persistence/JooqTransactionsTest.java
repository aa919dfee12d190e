package fr.espaceentreprise.adapters.persistence;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqTransactionsTest {

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final Transactions transactions = new JooqTransactions(dsl);
    private final EntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);

    @Test
    void commits_every_write_of_a_transaction_that_succeeds() {
        Entreprise premiere = UneEntreprise.parDefaut().build();
        Entreprise seconde = UneEntreprise.parDefaut().build();

        transactions.enTransaction(() -> {
            entreprises.enregistrer(premiere);
            entreprises.enregistrer(seconde);
        });

        assertEquals(2, dsl.fetchCount(ENTREPRISE));
    }

    @Test
    void rolls_back_every_write_of_a_transaction_that_fails() {
        IllegalStateException echec = new IllegalStateException("échec après deux écritures");

        IllegalStateException levee = assertThrows(IllegalStateException.class, () -> transactions.enTransaction(() -> {
            entreprises.enregistrer(UneEntreprise.parDefaut().build());
            entreprises.enregistrer(UneEntreprise.parDefaut().build());
            throw echec;
        }));

        assertEquals(echec, levee);
        assertEquals(0, dsl.fetchCount(ENTREPRISE));
    }

    @Test
    void a_nested_call_joins_the_outer_transaction_and_is_rolled_back_with_it() {
        assertThrows(IllegalStateException.class, () -> transactions.enTransaction(() -> {
            transactions.enTransaction(() -> entreprises.enregistrer(UneEntreprise.parDefaut().build()));
            assertEquals(1, dsl.fetchCount(ENTREPRISE), "the outer transaction sees the nested write");
            throw new IllegalStateException("l'appel externe échoue après l'appel imbriqué");
        }));

        assertEquals(0, dsl.fetchCount(ENTREPRISE));
    }

    @Test
    void a_nested_call_does_not_commit_on_its_own() {
        transactions.enTransaction(() -> {
            transactions.enTransaction(() -> entreprises.enregistrer(UneEntreprise.parDefaut().build()));
            assertEquals(0, compterDepuisUneAutreConnexion(), "not visible before the outer transaction commits");
        });

        assertEquals(1, compterDepuisUneAutreConnexion());
    }

    @Test
    void a_failed_nested_call_rolls_back_the_whole_transaction_even_when_the_caller_catches_it() {
        IllegalStateException levee = assertThrows(IllegalStateException.class, () -> transactions.enTransaction(() -> {
            entreprises.enregistrer(UneEntreprise.parDefaut().build());
            try {
                transactions.enTransaction(() -> {
                    entreprises.enregistrer(UneEntreprise.parDefaut().build());
                    throw new IllegalArgumentException("échec imbriqué");
                });
            } catch (IllegalArgumentException interceptee) {
                // the caller carries on as if nothing happened
            }
        }));

        assertTrue(levee.getMessage().contains("imbriqué"), levee.getMessage());
        assertEquals(0, dsl.fetchCount(ENTREPRISE));
    }

    @Test
    void returns_the_result_of_the_work() {
        assertEquals("fait", transactions.enTransaction(() -> "fait"));
    }

    /** Counts through a connection of its own, outside the thread's transaction. */
    private int compterDepuisUneAutreConnexion() {
        try {
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> dsl.fetchCount(ENTREPRISE)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
