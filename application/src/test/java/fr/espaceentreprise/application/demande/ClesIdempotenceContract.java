package fr.espaceentreprise.application.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ClesIdempotence}: one demande per (author, key), the key reserved in the transaction that saves the
 * demande (and forgotten with it when that transaction fails), purged by batches once older than a limit.
 */
public abstract class ClesIdempotenceContract extends PortContract {

    private static final CleIdempotence CLE = new CleIdempotence("f1c2-formulaire-7");
    private static final Instant LIMITE = T0.minus(Duration.ofDays(1));

    private final Entreprise entreprise = uneEntreprise();
    private final UtilisateurId auteur = unCompteDeLEntreprise();

    private UtilisateurId unCompteDeLEntreprise() {
        return stocker(UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(nouveauNumero().valeur()).build())
                .id();
    }

    /** What the use case does: reserve the key, and save the demande only when the key was free. */
    private Optional<DemandeId> soumettre(UtilisateurId qui, CleIdempotence cle, DemandeId id) {
        return soumettreLe(qui, cle, id, T0);
    }

    private Optional<DemandeId> soumettreLe(UtilisateurId qui, CleIdempotence cle, DemandeId id, Instant instant) {
        return enTransaction(() -> {
            Optional<DemandeId> dejaCreee = stockage().clesIdempotence().reserver(qui, cle, id, instant);
            if (dejaCreee.isEmpty()) {
                stockage().demandes().enregistrer(UneDemande.autre().identifiee(id).pour(entreprise.id()).par(qui)
                        .soumiseLe(instant).build());
            }
            return dejaCreee;
        });
    }

    private int purger(int nombre) {
        return enTransaction(() -> stockage().clesIdempotence().purgerAvant(LIMITE, nombre));
    }

    @Test
    void a_free_key_is_reserved_and_the_same_key_sent_again_answers_the_first_demande() {
        DemandeId premiere = DemandeId.nouveau();

        assertEquals(Optional.empty(), soumettre(auteur, CLE, premiere));
        assertEquals(Optional.of(premiere), soumettre(auteur, CLE, DemandeId.nouveau()));
        assertEquals(Optional.of(premiere), soumettre(auteur, CLE, DemandeId.nouveau()));
    }

    @Test
    void the_same_key_sent_by_another_account_or_another_key_by_the_same_account_is_free() {
        soumettre(auteur, CLE, DemandeId.nouveau());

        assertEquals(Optional.empty(), soumettre(unCompteDeLEntreprise(), CLE, DemandeId.nouveau()));
        assertEquals(Optional.empty(), soumettre(auteur, new CleIdempotence("F1C2-formulaire-7"), DemandeId.nouveau()),
                "keys differ by case");
    }

    @Test
    void a_key_reserved_in_a_transaction_that_fails_is_free_again() {
        assertThrows(IllegalStateException.class, () -> enTransaction(() -> {
            soumettre(auteur, CLE, DemandeId.nouveau());
            throw new IllegalStateException("la soumission échoue après la réservation");
        }));

        DemandeId seconde = DemandeId.nouveau();
        assertEquals(Optional.empty(), soumettre(auteur, CLE, seconde));
        assertEquals(Optional.of(seconde), soumettre(auteur, CLE, DemandeId.nouveau()));
    }

    @Test
    void the_purge_forgets_the_keys_reserved_before_the_limit_by_batches_and_keeps_the_later_ones() {
        for (String cle : List.of("ancienne-1", "ancienne-2", "ancienne-3")) {
            soumettreLe(auteur, new CleIdempotence(cle), DemandeId.nouveau(), T0.minus(Duration.ofDays(2)));
        }
        DemandeId recente = DemandeId.nouveau();
        soumettre(auteur, CLE, recente);

        assertEquals(2, purger(2));
        assertEquals(1, purger(2));
        assertEquals(0, purger(2));

        assertEquals(Optional.empty(), soumettre(auteur, new CleIdempotence("ancienne-1"), DemandeId.nouveau()),
                "a purged key creates a new demande");
        assertEquals(Optional.of(recente), soumettre(auteur, CLE, DemandeId.nouveau()));
    }

    @Test
    void a_key_reserved_at_the_limit_itself_is_kept() {
        DemandeId aLaLimite = DemandeId.nouveau();
        soumettreLe(auteur, CLE, aLaLimite, LIMITE);

        assertEquals(0, purger(10));
        assertEquals(Optional.of(aLaLimite), soumettre(auteur, CLE, DemandeId.nouveau()));
    }
}
