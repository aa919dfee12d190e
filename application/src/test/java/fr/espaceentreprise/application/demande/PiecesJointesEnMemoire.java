package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class PiecesJointesEnMemoire extends DepotEnMemoire<PieceJointeId, PiecesJointesEnMemoire.Ligne>
        implements PiecesJointesRepository {

    /** One stored file and what it belongs to. */
    public record Ligne(DemandeId demandeId, Instant instant, PieceJointe piece) {
    }

    public PiecesJointesEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, ligne -> ligne);
    }

    @Override
    public void ajouter(DemandeId demandeId, Instant instant, List<PieceJointe> piecesJointes) {
        piecesJointes.forEach(piece -> ecrire(piece.id(), new Ligne(demandeId, instant, piece)));
    }

    @Override
    public List<PieceJointeResume> listerDe(DemandeId demandeId) {
        return tous().stream()
                .filter(ligne -> ligne.demandeId().equals(demandeId))
                .map(ligne -> new PieceJointeResume(ligne.piece().id(), ligne.piece().nomFichier(),
                        ligne.piece().type(), ligne.piece().taille(), ligne.instant()))
                .sorted(Comparator.comparing(PieceJointeResume::ajouteeLe)
                        .thenComparing(PieceJointeResume::nomFichier, OrdreSql.TEXTE)
                        .thenComparing(piece -> piece.id().valeur(), OrdreSql.UUID))
                .toList();
    }

    @Override
    public Optional<PieceJointe> trouver(DemandeId demandeId, PieceJointeId id) {
        return lire(id).filter(ligne -> ligne.demandeId().equals(demandeId)).map(Ligne::piece);
    }
}
