package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.TypePieceJointe;

import java.time.Instant;

/**
 * What a demande's page shows of a file, without its bytes.
 *
 * @param ajouteeLe the instant of the message (submission or reply) it came with: the instant of that event in
 *                  the demande's history
 * @param taille    in bytes
 */
public record PieceJointeResume(PieceJointeId id, String nomFichier, TypePieceJointe type, int taille,
                                Instant ajouteeLe) {
}
