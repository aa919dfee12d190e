package fr.espaceentreprise.domain.commun;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/** Checks shared by value objects and aggregates; each failure names the field concerned. */
public final class Verifications {

    public static final String OBLIGATOIRE = "champ.obligatoire";
    public static final String TROP_LONG = "champ.trop_long";
    public static final String CARACTERES_INVALIDES = "champ.caracteres_invalides";

    private Verifications() {
    }

    /** Returns the value unchanged (not trimmed: a password keeps its spaces) when it is not null nor blank. */
    public static String obligatoire(String valeur, String champ) {
        if (valeur == null || valeur.isBlank()) {
            throw new ValeurInvalideException(OBLIGATOIRE, champ);
        }
        return valeur;
    }

    /**
     * Trimmed, required text of at most {@code max} characters (counted as Unicode code points, like PostgreSQL),
     * without control characters other than tabs and line breaks (PostgreSQL refuses NUL, and none has a place
     * in what a person types).
     */
    public static String texte(String valeur, String champ, int max) {
        String texte = obligatoire(valeur, champ).strip();
        if (texte.codePointCount(0, texte.length()) > max) {
            throw new ValeurInvalideException(TROP_LONG, champ, Map.of("max", max));
        }
        if (texte.chars().anyMatch(Verifications::estControleInterdit)) {
            throw new ValeurInvalideException(CARACTERES_INVALIDES, champ);
        }
        return texte;
    }

    private static boolean estControleInterdit(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /**
     * A birth date that is not in the future and makes the person between {@code ageMin} and {@code ageMax} years
     * old on {@code aujourdhui}; otherwise {@code code} on the field dateNaissance, with {min, max} as parameters.
     * A typo check, not an identity check.
     */
    public static LocalDate dateNaissance(LocalDate dateNaissance, LocalDate aujourdhui, int ageMin, int ageMax,
            String code) {
        nonNul(dateNaissance, "dateNaissance");
        int age = Period.between(dateNaissance, aujourdhui).getYears();
        if (dateNaissance.isAfter(aujourdhui) || age < ageMin || age > ageMax) {
            throw new ValeurInvalideException(code, "dateNaissance", Map.of("min", ageMin, "max", ageMax));
        }
        return dateNaissance;
    }

    public static <T> T nonNul(T valeur, String champ) {
        if (valeur == null) {
            throw new ValeurInvalideException(OBLIGATOIRE, champ);
        }
        return valeur;
    }

    /** Removes every kind of space, including the no-break spaces a copy from a PDF or a spreadsheet brings. */
    static String sansEspaces(String valeur) {
        StringBuilder resultat = new StringBuilder(valeur.length());
        for (int i = 0; i < valeur.length(); i++) {
            char c = valeur.charAt(i);
            if (!estEspace(c)) {
                resultat.append(c);
            }
        }
        return resultat.toString();
    }

    static boolean estEspace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean estChiffre(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean queDesChiffres(String valeur) {
        for (int i = 0; i < valeur.length(); i++) {
            if (!estChiffre(valeur.charAt(i))) {
                return false;
            }
        }
        return !valeur.isEmpty();
    }
}
