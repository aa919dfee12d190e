package fr.espaceentreprise.application.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Transactions}: every write of the work commits together or none does; a nested call joins the running
 * transaction, and when it fails the whole transaction is rolled back even if the caller catches the failure.
 */
public abstract class TransactionsContract extends PortContract {

    private final Utilisateur premier = nouveauCompte();
    private final Utilisateur second = nouveauCompte();

    private static Utilisateur nouveauCompte() {
        return UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero().valeur()).build();
    }

    private Transactions transactions() {
        return stockage().transactions();
    }

    private void enregistrer(Utilisateur utilisateur) {
        stockage().utilisateurs().enregistrer(utilisateur);
    }

    private boolean stocke(Utilisateur utilisateur) {
        return transactions().enTransaction(() -> stockage().utilisateurs().trouver(utilisateur.id()).isPresent());
    }

    @Test
    void commits_every_write_of_a_transaction_that_succeeds() {
        transactions().enTransaction(() -> {
            enregistrer(premier);
            enregistrer(second);
        });

        assertEquals(true, stocke(premier));
        assertEquals(true, stocke(second));
    }

    @Test
    void rolls_back_every_write_of_a_transaction_that_fails_and_rethrows_its_failure() {
        IllegalStateException echec = new IllegalStateException("échec après deux écritures");

        IllegalStateException levee = assertThrows(IllegalStateException.class, () -> transactions().enTransaction(() -> {
            enregistrer(premier);
            enregistrer(second);
            throw echec;
        }));

        assertSame(echec, levee);
        assertEquals(false, stocke(premier));
        assertEquals(false, stocke(second));
    }

    @Test
    void a_nested_call_joins_the_outer_transaction_and_is_rolled_back_with_it() {
        assertThrows(IllegalStateException.class, () -> transactions().enTransaction(() -> {
            transactions().enTransaction(() -> enregistrer(premier));
            assertEquals(Optional.of(premier.id()), stockage().utilisateurs().trouver(premier.id())
                    .map(Utilisateur::id), "the outer transaction sees the nested write");
            throw new IllegalStateException("l'appel externe échoue après l'appel imbriqué");
        }));

        assertEquals(false, stocke(premier));
    }

    @Test
    void a_failed_nested_call_rolls_back_the_whole_transaction_even_when_the_caller_catches_it() {
        assertThrows(IllegalStateException.class, () -> transactions().enTransaction(() -> {
            enregistrer(premier);
            try {
                transactions().enTransaction(() -> {
                    enregistrer(second);
                    throw new IllegalArgumentException("échec imbriqué");
                });
            } catch (IllegalArgumentException interceptee) {
                // the caller carries on as if nothing happened
            }
        }));

        assertEquals(false, stocke(premier));
        assertEquals(false, stocke(second));
    }

    @Test
    void a_transaction_after_a_failed_one_starts_afresh() {
        assertThrows(IllegalStateException.class, () -> transactions().enTransaction(() -> {
            enregistrer(premier);
            throw new IllegalStateException("échec");
        }));

        transactions().enTransaction(() -> enregistrer(second));

        assertEquals(false, stocke(premier));
        assertEquals(true, stocke(second));
    }

    @Test
    void returns_the_result_of_the_work() {
        assertEquals("fait", transactions().enTransaction(() -> "fait"));
    }
}
