package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code printed on an attestation d'affiliation, and in the address its QR code points to: 20 characters of
 * Crockford's base 32 (100 random bits, so it cannot be guessed), without the look-alikes I, L, O and U.
 */
public record CodeVerification(String valeur) {

    public static final String CHAMP = "code";
    public static final int LONGUEUR = 20;
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LONGUEUR + "}");
    private static final Pattern SEPARATEUR_DE_GROUPES = Pattern.compile("(?i)[0-9a-z]{5}([-\\s][0-9a-z]{5}){3}");

    public CodeVerification {
        if (valeur == null || !FORMAT.matcher(valeur).matches()) {
            throw new ValeurInvalideException("attestation.code.invalide", CHAMP);
        }
    }

    /**
     * Reads a code as a person may type it from the paper: in groups of five separated by hyphens or spaces, in
     * lower case.
     */
    public static CodeVerification de(String texte) {
        if (texte == null) {
            return new CodeVerification(null);
        }
        String groupes = texte.strip();
        String sansSeparateurs = SEPARATEUR_DE_GROUPES.matcher(groupes).matches()
                ? groupes.replaceAll("[-\\s]", "")
                : groupes;
        return new CodeVerification(sansSeparateurs.toUpperCase(Locale.ROOT));
    }

    /** The printed form: four groups of five, joined by hyphens. */
    public String groupes() {
        return String.join("-", valeur.substring(0, 5), valeur.substring(5, 10), valeur.substring(10, 15),
                valeur.substring(15, 20));
    }

    @Override
    public String toString() {
        return valeur;
    }
}
