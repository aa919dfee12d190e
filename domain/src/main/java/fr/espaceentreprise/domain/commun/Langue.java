package fr.espaceentreprise.domain.commun;

import java.util.Locale;

/** Language of the user interface and of mails. */
public enum Langue {
    FR, EN;

    /** Reads "fr", "EN", "en-GB", "en_US"...; anything else (or nothing) means French, the portal's language. */
    public static Langue depuisCode(String code) {
        if (code == null) {
            return FR;
        }
        String langue = code.strip().toLowerCase(Locale.ROOT);
        int separateur = indexSeparateur(langue);
        if (separateur >= 0) {
            langue = langue.substring(0, separateur);
        }
        return "en".equals(langue) ? EN : FR;
    }

    private static int indexSeparateur(String code) {
        int tiret = code.indexOf('-');
        int souligne = code.indexOf('_');
        if (tiret < 0) {
            return souligne;
        }
        return souligne < 0 ? tiret : Math.min(tiret, souligne);
    }

    /** Lower-case ISO 639-1 code ("fr", "en"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
