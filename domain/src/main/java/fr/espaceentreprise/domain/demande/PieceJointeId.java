package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
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

    /** Parses the canonical 36-character form only, like {@link DemandeId#de(String)}. */
    public static PieceJointeId de(String valeur) {
        try {
            return new PieceJointeId(DemandeId.de(valeur).valeur());
        } catch (ValeurInvalideException malForme) {
            throw new ValeurInvalideException("identifiant.invalide", "pieceJointeId");
        }
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
