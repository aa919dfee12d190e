package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.NomDeFichier;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A file joined to a demande, at submission or in a reply: PDF, PNG or JPEG as its content says, at most
 * {@link #TAILLE_MAX} bytes, and at most {@link #NOMBRE_MAX} per message. Its name is only a label: cleaned of
 * paths and of the characters that break a download header or a file system, and always ending with the
 * extension of its real type.
 */
public final class PieceJointe {

    public static final int TAILLE_MAX = 5 * 1024 * 1024;
    public static final int NOMBRE_MAX = 5;
    public static final int NOM_MAX = 120;
    static final String CHAMP = "piecesJointes";
    static final String NOM_PAR_DEFAUT = "piece_jointe";

    private final PieceJointeId id;
    private final String nomFichier;
    private final TypePieceJointe type;
    private final byte[] contenu;

    private PieceJointe(PieceJointeId id, String nomFichier, TypePieceJointe type, byte[] contenu) {
        this.id = id;
        this.nomFichier = nomFichier;
        this.type = type;
        this.contenu = contenu;
    }

    /**
     * A file as a user sent it. Empty → "piece_jointe.vide"; over {@link #TAILLE_MAX} → "piece_jointe.trop_lourde"
     * {max}; neither PDF, PNG nor JPEG by its content → "piece_jointe.type.interdit"; all on field piecesJointes.
     */
    public static PieceJointe recevoir(PieceJointeId id, String nomFichier, byte[] contenu) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(contenu, CHAMP);
        if (contenu.length == 0) {
            throw new ValeurInvalideException("piece_jointe.vide", CHAMP);
        }
        if (contenu.length > TAILLE_MAX) {
            throw new ValeurInvalideException("piece_jointe.trop_lourde", CHAMP, Map.of("max", TAILLE_MAX));
        }
        TypePieceJointe type = TypePieceJointe.detecter(contenu)
                .orElseThrow(() -> new ValeurInvalideException("piece_jointe.type.interdit", CHAMP));
        return new PieceJointe(id, nomPropre(nomFichier, type), type, contenu.clone());
    }

    public static PieceJointe rehydrater(PieceJointeId id, String nomFichier, TypePieceJointe type, byte[] contenu) {
        return new PieceJointe(id, nomFichier, type, contenu);
    }

    /** More than {@link #NOMBRE_MAX} files in one message → "piece_jointe.trop_nombreuses" {max}. */
    public static void verifierNombre(Collection<PieceJointe> piecesJointes) {
        if (piecesJointes.size() > NOMBRE_MAX) {
            throw new ValeurInvalideException("piece_jointe.trop_nombreuses", CHAMP, Map.of("max", NOMBRE_MAX));
        }
    }

    /** The last segment of whatever path was sent, cleaned, cut to {@link #NOM_MAX}, with the type's extension. */
    static String nomPropre(String nomFichier, TypePieceJointe type) {
        String nom = NomDeFichier.sansPointsAuxBords(NomDeFichier.nettoye(nomFichier));
        List<String> extensions = type == TypePieceJointe.JPEG
                ? List.of(type.extension(), ".jpeg") : List.of(type.extension());
        return NomDeFichier.avecExtension(NomDeFichier.sansExtension(nom, extensions), NOM_PAR_DEFAUT,
                type.extension(), NOM_MAX);
    }

    public PieceJointeId id() {
        return id;
    }

    public String nomFichier() {
        return nomFichier;
    }

    public TypePieceJointe type() {
        return type;
    }

    public int taille() {
        return contenu.length;
    }

    public byte[] contenu() {
        return contenu.clone();
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof PieceJointe piece && id.equals(piece.id) && nomFichier.equals(piece.nomFichier)
                && type == piece.type && Arrays.equals(contenu, piece.contenu);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, nomFichier, type, Arrays.hashCode(contenu));
    }

    @Override
    public String toString() {
        return "PieceJointe[id=" + id + ", type=" + type + ", taille=" + contenu.length + "]";
    }
}
