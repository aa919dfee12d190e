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

    public CodeVerification {
        if (valeur == null || !FORMAT.matcher(valeur).matches()) {
            throw new ValeurInvalideException("attestation.code.invalide", CHAMP);
        }
    }

    /** Reads a code as a person may type it: surrounding spaces and lower case accepted. */
    public static CodeVerification de(String texte) {
        return new CodeVerification(texte == null ? null : texte.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return valeur;
    }
}
