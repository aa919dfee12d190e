package fr.espaceentreprise.domain.commun;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The steps that turn the name of a file a user sent into a label safe to store and to put in a download header.
 * Each kind of file chains them in its own order, as its tests pin.
 */
public final class NomDeFichier {

    /** Everything but letters, marks, digits and the few separators a file name needs. */
    private static final Pattern INTERDITS = Pattern.compile("[^\\p{L}\\p{M}\\p{N} ._()\\-]");
    private static final Pattern ESPACES = Pattern.compile("\\s+");

    private NomDeFichier() {
    }

    /**
     * The last segment of whatever path was sent (null is ""), in NFC, its runs of white space made one space and
     * trimmed, every character that breaks a download header or a file system replaced by "_".
     */
    public static String nettoye(String envoye) {
        String nom = envoye == null ? "" : envoye;
        nom = nom.substring(Math.max(nom.lastIndexOf('/'), nom.lastIndexOf('\\')) + 1);
        nom = Normalizer.normalize(nom, Normalizer.Form.NFC);
        nom = ESPACES.matcher(nom).replaceAll(" ").strip();
        return INTERDITS.matcher(nom).replaceAll("_");
    }

    /** Leading dots would make a hidden file; trailing dots and spaces are dropped by Windows. */
    public static String sansPointsAuxBords(String nom) {
        return nom.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
    }

    /** {@code nom} without the one of {@code extensions} (dot included, lower case) it ends with, in any case. */
    public static String sansExtension(String nom, Collection<String> extensions) {
        String minuscule = nom.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (minuscule.endsWith(extension)) {
                return nom.substring(0, nom.lastIndexOf('.'));
            }
        }
        return nom;
    }

    /**
     * {@code base}, or {@code parDefaut} when blank, cut (counting code points, like PostgreSQL) so that with
     * {@code extension} it holds in {@code max}, then {@code extension}.
     */
    public static String avecExtension(String base, String parDefaut, String extension, int max) {
        String nom = base.isBlank() ? parDefaut : base;
        int maxSansExtension = max - extension.length();
        if (nom.codePointCount(0, nom.length()) > maxSansExtension) {
            nom = nom.substring(0, nom.offsetByCodePoints(0, maxSansExtension)).strip();
        }
        return nom + extension;
    }
}
