package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The files of a multipart form (field {@value #CHAMP}), a new demande's or a reply's. */
final class PiecesJointesRecues {

    static final String CHAMP = "piecesJointes";

    private PiecesJointesRecues() {
    }

    /**
     * Each file checked by the domain (type from its content, size), then their number; the empty part a browser
     * sends when no file was chosen is no file.
     */
    static List<PieceJointe> lire(Context ctx) {
        List<PieceJointe> pieces = fichiers(ctx).stream().map(PiecesJointesRecues::pieceJointe).toList();
        PieceJointe.verifierNombre(pieces);
        return pieces;
    }

    /** Whether the user chose at least one file: a refused form asks to choose them again. */
    static boolean envoyees(Context ctx) {
        return !fichiers(ctx).isEmpty();
    }

    private static List<UploadedFile> fichiers(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return List.of();
        }
        return ctx.uploadedFiles(CHAMP).stream()
                .filter(fichier -> fichier.size() > 0 || !fichier.filename().isBlank())
                .toList();
    }

    private static PieceJointe pieceJointe(UploadedFile fichier) {
        try (InputStream contenu = fichier.content()) {
            return PieceJointe.recevoir(PieceJointeId.nouveau(), fichier.filename(), contenu.readAllBytes());
        } catch (IOException illisible) {
            throw new UncheckedIOException(illisible);
        }
    }
}
