package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the files joined to demandes (bytes in PostgreSQL, {@code bytea}, at most 5 MiB each). Files are
 * only ever added: a message once sent keeps its files.
 */
public interface PiecesJointesRepository {

    /**
     * Stores the files of one message of the demande, in the caller's transaction, after the demande itself.
     *
     * @param instant the instant of that message's event in the demande's history (submission or reply)
     */
    void ajouter(DemandeId demandeId, Instant instant, List<PieceJointe> piecesJointes);

    /** What the demande's page lists, without reading the bytes: ordered by instant, then file name, then id. */
    List<PieceJointeResume> listerDe(DemandeId demandeId);

    /** The file with its bytes, only when it belongs to that demande (an id of another demande → empty). */
    Optional<PieceJointe> trouver(DemandeId demandeId, PieceJointeId id);
}
