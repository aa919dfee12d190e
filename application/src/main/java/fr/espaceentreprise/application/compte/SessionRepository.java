package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of logged-in sessions, shared by every instance of the portal. A session is found by the SHA-256 of
 * its token ({@link EmpreinteJeton}); the token itself is never stored. Each change is one narrow update, so
 * concurrent requests of one session never undo each other's changes.
 */
public interface SessionRepository {

    /** Stores a new session under the hash of its token. */
    void ajouter(SessionUtilisateur session, EmpreinteJeton empreinteJeton);

    /** The session, whatever its state (revoked and expired ones included, until purged). */
    Optional<SessionUtilisateur> trouver(SessionId id);

    /** The session, whatever its state (revoked and expired ones included, until purged). */
    Optional<SessionUtilisateur> trouverParEmpreinteJeton(EmpreinteJeton empreinteJeton);

    /** Moves the last activity to {@code instant}, never backwards. */
    void toucher(SessionId id, Instant instant);

    /** The user's sessions not revoked and not expired at {@code instant}, the most recently active first. */
    List<SessionUtilisateur> vivantesDe(UtilisateurId utilisateurId, Instant instant);

    /** The second factor was checked in this session at {@code instant}; the instant kept never moves back. */
    void verifierSecondFacteur(SessionId id, Instant instant);

    /** The user completed that step in this session. */
    void retirerEtape(SessionId id, EtapeObligatoire etape);

    /** Ends one session (logout); a revoked session keeps its first revocation instant. */
    void revoquer(SessionId id, Instant instant);

    /**
     * Ends every live session of the user except {@code sauf} when given (password change: the session that
     * changed it stays).
     */
    void revoquerToutes(UtilisateurId utilisateurId, Optional<SessionId> sauf, Instant instant);
}
