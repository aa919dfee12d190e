package fr.espaceentreprise.adapters.persistence.demande;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.PIECE_JOINTE;

import fr.espaceentreprise.adapters.persistence.commun.Lignes;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.PieceJointeRecord;
import fr.espaceentreprise.application.demande.PieceJointeResume;
import fr.espaceentreprise.application.demande.PiecesJointesRepository;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.TypePieceJointe;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Files are inserted once and never changed; the list reads the index piece_jointe_par_demande alone, no bytes. */
public final class JooqPiecesJointesRepository implements PiecesJointesRepository {

    private final DSLContext dsl;

    public JooqPiecesJointesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void ajouter(DemandeId demandeId, Instant instant, List<PieceJointe> piecesJointes) {
        Lignes.inserer(dsl, PIECE_JOINTE, piecesJointes.stream()
                .map(piece -> ligne(demandeId, instant, piece))
                .toList());
    }

    @Override
    public List<PieceJointeResume> listerDe(DemandeId demandeId) {
        return dsl.select(PIECE_JOINTE.ID, PIECE_JOINTE.NOM_FICHIER, PIECE_JOINTE.TYPE, PIECE_JOINTE.TAILLE,
                        PIECE_JOINTE.AJOUTEE_LE)
                .from(PIECE_JOINTE)
                .where(PIECE_JOINTE.DEMANDE_ID.eq(demandeId.valeur()))
                .orderBy(PIECE_JOINTE.AJOUTEE_LE, PIECE_JOINTE.NOM_FICHIER, PIECE_JOINTE.ID)
                .fetch(ligne -> new PieceJointeResume(new PieceJointeId(ligne.value1()), ligne.value2(),
                        TypePieceJointe.valueOf(ligne.value3()), ligne.value4(), ligne.value5().toInstant()));
    }

    @Override
    public Optional<PieceJointe> trouver(DemandeId demandeId, PieceJointeId id) {
        return dsl.selectFrom(PIECE_JOINTE)
                .where(PIECE_JOINTE.ID.eq(id.valeur()))
                .and(PIECE_JOINTE.DEMANDE_ID.eq(demandeId.valeur()))
                .fetchOptional()
                .map(ligne -> PieceJointe.rehydrater(new PieceJointeId(ligne.getId()), ligne.getNomFichier(),
                        TypePieceJointe.valueOf(ligne.getType()), ligne.getContenu()));
    }

    private static PieceJointeRecord ligne(DemandeId demandeId, Instant instant, PieceJointe piece) {
        PieceJointeRecord ligne = new PieceJointeRecord();
        ligne.setId(piece.id().valeur());
        ligne.setDemandeId(demandeId.valeur());
        ligne.setAjouteeLe(instant.atOffset(ZoneOffset.UTC));
        ligne.setNomFichier(piece.nomFichier());
        ligne.setType(piece.type().name());
        ligne.setTaille(piece.taille());
        ligne.setContenu(piece.contenu());
        return ligne;
    }
}
