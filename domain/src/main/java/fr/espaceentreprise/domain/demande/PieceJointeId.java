package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a PieceJointe: a random UUID. */
public record PieceJointeId(UUID valeur) {

    public PieceJointeId {
        Verifications.nonNul(valeur, "id");
    }

    public static PieceJointeId nouveau() {
        return new PieceJointeId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static PieceJointeId de(String valeur) {
        return new PieceJointeId(IdentifiantPublic.lire(valeur, "pieceJointeId"));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
