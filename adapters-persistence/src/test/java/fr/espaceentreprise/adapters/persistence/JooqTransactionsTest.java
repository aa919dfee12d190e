package fr.espaceentreprise.adapters.persistence;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** What only another connection sees; the rest of the port's meaning is TransactionsContract's. */
class JooqTransactionsTest {

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final Transactions transactions = new JooqTransactions(dsl);
    private final EntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);

    @Test
    void a_nested_call_does_not_commit_on_its_own() {
        transactions.enTransaction(() -> {
            transactions.enTransaction(() -> entreprises.enregistrer(UneEntreprise.parDefaut().build()));
            assertEquals(0, compterDepuisUneAutreConnexion(), "not visible before the outer transaction commits");
        });

        assertEquals(1, compterDepuisUneAutreConnexion());
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
