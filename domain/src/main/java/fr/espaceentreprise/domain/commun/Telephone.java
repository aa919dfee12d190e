package fr.espaceentreprise.domain.commun;

import java.util.Set;

/**
 * Phone number normalised to E.164 ("+33254455677"). Accepts what people type: spaces, dots, dashes,
 * parentheses, a "00" international prefix, the "(0)" some write after the country code, and a French
 * national number ("02 54 45 56 77").
 */
public record Telephone(String valeur) {

    public static final String CHAMP = "telephone";
    private static final String INDICATIF_FRANCE = "33";
    private static final int MIN_CHIFFRES = 8;
    private static final int MAX_CHIFFRES = 15;

    /** ITU country calling codes of one and two digits; every other code has three. */
    private static final Set<String> INDICATIFS_COURTS = Set.of(
            "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
            "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
            "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    public Telephone {
        valeur = "+" + normaliser(Verifications.obligatoire(valeur, CHAMP));
    }

    /** Digits after the "+", country code included. */
    private static String normaliser(String saisie) {
        String compact = Verifications.sansEspaces(saisie).replace(".", "").replace("-", "");
        boolean international = compact.startsWith("+") || compact.startsWith("00");
        if (international) {
            compact = compact.replace("(0)", "");
        }
        compact = compact.replace("(", "").replace(")", "");
        String chiffres;
        if (compact.startsWith("+")) {
            chiffres = compact.substring(1);
        } else if (compact.startsWith("00")) {
            chiffres = compact.substring(2);
        } else if (compact.length() == 10 && compact.startsWith("0")) {
            chiffres = INDICATIF_FRANCE + compact.substring(1);
        } else {
            throw invalide();
        }
        if (!Verifications.queDesChiffres(chiffres)) {
            throw invalide();
        }
        if (chiffres.startsWith(INDICATIF_FRANCE)) {
            chiffres = INDICATIF_FRANCE + numeroFrancais(chiffres.substring(2));
        }
        if (chiffres.length() < MIN_CHIFFRES || chiffres.length() > MAX_CHIFFRES || chiffres.charAt(0) == '0') {
            throw invalide();
        }
        return chiffres;
    }

    /** French significant numbers have 9 digits and never start with 0; "+33 0 2..." is a common slip. */
    private static String numeroFrancais(String national) {
        String numero = national.length() == 10 && national.charAt(0) == '0' ? national.substring(1) : national;
        if (numero.length() != 9 || numero.charAt(0) == '0') {
            throw invalide();
        }
        return numero;
    }

    private static ValeurInvalideException invalide() {
        return new ValeurInvalideException("telephone.invalide", CHAMP);
    }

    /** For display: "+33 2 54 45 56 77" for a French number, "+44 2071234567" otherwise. */
    public String formate() {
        String chiffres = valeur.substring(1);
        if (chiffres.startsWith(INDICATIF_FRANCE)) {
            String national = chiffres.substring(2);
            StringBuilder resultat = new StringBuilder("+33 ").append(national.charAt(0));
            for (int i = 1; i < national.length(); i += 2) {
                resultat.append(' ').append(national, i, i + 2);
            }
            return resultat.toString();
        }
        int longueurIndicatif = INDICATIFS_COURTS.contains(chiffres.substring(0, 1)) ? 1
                : INDICATIFS_COURTS.contains(chiffres.substring(0, 2)) ? 2 : 3;
        return "+" + chiffres.substring(0, longueurIndicatif) + " " + chiffres.substring(longueurIndicatif);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
