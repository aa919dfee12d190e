package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;

import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys of submitted demandes, one per (author, key): a key belongs to the account that sent it,
 * so two users sending the same key never meet.
 */
public interface ClesIdempotence {

    /**
     * Records, in the caller's transaction, that {@code cle} of {@code auteur} created {@code demandeId} at
     * {@code instant}, unless that (auteur, cle) is already recorded: then nothing is written and the demande
     * recorded first is answered. Two transactions reserving the same (auteur, cle) at once must not both see it
     * free: on PostgreSQL a unique key on (auteur, cle) with {@code INSERT … ON CONFLICT DO NOTHING} (which waits
     * for the other transaction) then a {@code SELECT} of the row does it. The key is reserved before the demande
     * is saved (the caller saves it next, in the same transaction, only when the key was free), so a foreign key
     * to the demande must be {@code DEFERRABLE INITIALLY DEFERRED}. Rows may be purged after 24 hours; a key
     * reused after that creates a new demande.
     */
    Optional<DemandeId> reserver(UtilisateurId auteur, CleIdempotence cle, DemandeId demandeId, Instant instant);

    /** Forgets the keys reserved before {@code limite}, at most {@code nombre} of them; answers how many. */
    int purgerAvant(Instant limite, int nombre);
}
