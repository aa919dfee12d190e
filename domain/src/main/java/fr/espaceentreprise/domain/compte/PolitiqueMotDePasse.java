package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Map;

/**
 * What a password chosen by a user must be (CNIL délibération 2022-100, ANSSI): at least 12 characters and at
 * most 128, any composition. Length is counted in Unicode code points, so an emoji or a letter outside the basic
 * plane counts once. A password is never truncated nor case-folded; whether it is too easy to guess is judged
 * outside the domain (port {@code RobustesseMotDePasse}, code {@value #TROP_PREVISIBLE}).
 */
public final class PolitiqueMotDePasse {

    public static final int MIN = 12;
    public static final int MAX = 128;

    public static final String TROP_COURT = "motDePasse.trop_court";
    public static final String TROP_LONG = "motDePasse.trop_long";
    public static final String TROP_PREVISIBLE = "motDePasse.trop_previsible";

    private PolitiqueMotDePasse() {
    }

    /**
     * Checks the length only; reads the array, never copies it.
     *
     * @param champ the form field the password was typed in, e.g. "nouveauMotDePasse"
     */
    public static void verifierLongueur(char[] motDePasse, String champ) {
        if (motDePasse == null || motDePasse.length == 0) {
            throw new ValeurInvalideException(Verifications.OBLIGATOIRE, champ);
        }
        // A char[] of more than 2 × MAX chars holds more than MAX code points: no need to count them.
        if (motDePasse.length > 2 * MAX) {
            throw tropLong(champ);
        }
        int longueur = Character.codePointCount(motDePasse, 0, motDePasse.length);
        if (longueur < MIN) {
            throw new ValeurInvalideException(TROP_COURT, champ, Map.of("min", MIN));
        }
        if (longueur > MAX) {
            throw tropLong(champ);
        }
    }

    /** Whether a password typed at login is longer than any password this policy lets exist. */
    public static boolean depasseLaLongueurMax(char[] motDePasse) {
        return motDePasse.length > 2 * MAX || Character.codePointCount(motDePasse, 0, motDePasse.length) > MAX;
    }

    private static ValeurInvalideException tropLong(String champ) {
        return new ValeurInvalideException(TROP_LONG, champ, Map.of("max", MAX));
    }
}
