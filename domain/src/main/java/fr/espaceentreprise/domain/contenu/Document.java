package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NomDeFichier;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A document published in the rubrique Téléchargement: a PDF with a title and a description in French and in
 * English, the language the document itself is written in, and its publication instant. Only a PDF is accepted,
 * as its first bytes say ({@code %PDF-}), whatever its name; at most {@link #TAILLE_MAX} bytes.
 */
public final class Document {

    public static final int TAILLE_MAX = 10 * 1024 * 1024;
    public static final int TITRE_MAX = 120;
    public static final int DESCRIPTION_MAX = 600;
    public static final int NOM_MAX = 120;
    public static final String CHAMP_FICHIER = "fichier";
    static final String EXTENSION = ".pdf";
    static final String NOM_PAR_DEFAUT = "document";

    private static final byte[] SIGNATURE_PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final DocumentId id;
    private final CategorieDocument categorie;
    private final String titreFr;
    private final String titreEn;
    private final String descriptionFr;
    private final String descriptionEn;
    private final Langue langue;
    private final String nomFichier;
    private final Instant publieLe;
    private final byte[] contenu;

    private Document(DocumentId id, CategorieDocument categorie, String titreFr, String titreEn,
                     String descriptionFr, String descriptionEn, Langue langue, String nomFichier, Instant publieLe,
                     byte[] contenu) {
        this.id = id;
        this.categorie = categorie;
        this.titreFr = titreFr;
        this.titreEn = titreEn;
        this.descriptionFr = descriptionFr;
        this.descriptionEn = descriptionEn;
        this.langue = langue;
        this.nomFichier = nomFichier;
        this.publieLe = publieLe;
        this.contenu = contenu;
    }

    /** A new document, every rule checked (see the {@code verifier…} methods for the codes). */
    public static Document publier(DocumentId id, CategorieDocument categorie, String titreFr, String titreEn,
                                   String descriptionFr, String descriptionEn, Langue langue, String nomFichier,
                                   byte[] contenu, Instant publieLe) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(categorie, "categorie");
        Verifications.nonNul(langue, "langue");
        Verifications.nonNul(publieLe, "publieLe");
        return new Document(id, categorie, verifierTitre(titreFr, "titreFr"), verifierTitre(titreEn, "titreEn"),
                verifierDescription(descriptionFr, "descriptionFr"),
                verifierDescription(descriptionEn, "descriptionEn"), langue, nomPropre(nomFichier), publieLe,
                verifierContenu(contenu).clone());
    }

    public static Document rehydrater(DocumentId id, CategorieDocument categorie, String titreFr, String titreEn,
                                      String descriptionFr, String descriptionEn, Langue langue, String nomFichier,
                                      byte[] contenu, Instant publieLe) {
        return new Document(id, categorie, titreFr, titreEn, descriptionFr, descriptionEn, langue, nomFichier,
                publieLe, contenu);
    }

    /** Trimmed, required, at most {@link #TITRE_MAX} characters. */
    public static String verifierTitre(String titre, String champ) {
        return Verifications.texte(titre, champ, TITRE_MAX);
    }

    /** Trimmed, required, at most {@link #DESCRIPTION_MAX} characters. */
    public static String verifierDescription(String description, String champ) {
        return Verifications.texte(description, champ, DESCRIPTION_MAX);
    }

    /**
     * The bytes of a PDF, on field {@value #CHAMP_FICHIER}: none → "document.vide"; over {@link #TAILLE_MAX} →
     * "document.trop_lourd" {max in MiB}; not starting with {@code %PDF-} → "document.type.interdit".
     */
    public static byte[] verifierContenu(byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            throw new ValeurInvalideException("document.vide", CHAMP_FICHIER);
        }
        if (contenu.length > TAILLE_MAX) {
            throw new ValeurInvalideException("document.trop_lourd", CHAMP_FICHIER,
                    Map.of("max", TAILLE_MAX / (1024 * 1024)));
        }
        if (!estUnPdf(contenu)) {
            throw new ValeurInvalideException("document.type.interdit", CHAMP_FICHIER);
        }
        return contenu;
    }

    static boolean estUnPdf(byte[] contenu) {
        return contenu.length >= SIGNATURE_PDF.length
                && Arrays.equals(contenu, 0, SIGNATURE_PDF.length, SIGNATURE_PDF, 0, SIGNATURE_PDF.length);
    }

    /** "FR" or "EN" (any case); anything else → "document.langue.invalide" on "langue". */
    public static Langue langue(String code) {
        String valeur = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Langue.values())
                .filter(langue -> langue.name().equals(valeur))
                .findFirst()
                .orElseThrow(() -> new ValeurInvalideException("document.langue.invalide", "langue"));
    }

    /**
     * The last segment of whatever path was sent, without what breaks a download header or a file system, cut to
     * {@link #NOM_MAX} characters, always ending with ".pdf".
     */
    static String nomPropre(String nomFichier) {
        // The extension goes before the leading dots, so that ".pdf" alone is no name ("document.pdf").
        String nom = NomDeFichier.nettoye(nomFichier).replaceAll("[. ]+$", "");
        nom = NomDeFichier.sansPointsAuxBords(NomDeFichier.sansExtension(nom, List.of(EXTENSION)));
        return NomDeFichier.avecExtension(nom, NOM_PAR_DEFAUT, EXTENSION, NOM_MAX);
    }

    public DocumentId id() {
        return id;
    }

    public CategorieDocument categorie() {
        return categorie;
    }

    public String titreFr() {
        return titreFr;
    }

    public String titreEn() {
        return titreEn;
    }

    public String descriptionFr() {
        return descriptionFr;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** The title in the reader's language. */
    public String titre(Langue lecteur) {
        return lecteur == Langue.EN ? titreEn : titreFr;
    }

    /** The description in the reader's language. */
    public String description(Langue lecteur) {
        return lecteur == Langue.EN ? descriptionEn : descriptionFr;
    }

    /** The language the document itself is written in. */
    public Langue langue() {
        return langue;
    }

    public String nomFichier() {
        return nomFichier;
    }

    public Instant publieLe() {
        return publieLe;
    }

    public int taille() {
        return contenu.length;
    }

    public byte[] contenu() {
        return contenu.clone();
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof Document document && id.equals(document.id) && categorie == document.categorie
                && titreFr.equals(document.titreFr) && titreEn.equals(document.titreEn)
                && descriptionFr.equals(document.descriptionFr) && descriptionEn.equals(document.descriptionEn)
                && langue == document.langue && nomFichier.equals(document.nomFichier)
                && publieLe.equals(document.publieLe) && Arrays.equals(contenu, document.contenu);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, categorie, titreFr, nomFichier, publieLe, Arrays.hashCode(contenu));
    }

    @Override
    public String toString() {
        return "Document[id=" + id + ", categorie=" + categorie + ", taille=" + contenu.length + "]";
    }
}
