package fr.espaceentreprise.domain.commun;

import java.util.Locale;
import java.util.Map;

/**
 * International bank account number (ISO 13616): stored without spaces, upper-case. The length must be the
 * one the SWIFT IBAN registry gives for the country, and the mod-97 check must hold.
 */
public record Iban(String valeur) {

    public static final String CHAMP = "iban";
    private static final String INVALIDE = "iban.invalide";

    /**
     * Lengths from the SWIFT IBAN registry: every SEPA country and the other registered ones. Kosovo (XK) is
     * left out because XK is not an ISO 3166-1 code, and {@link #pays()} must be a {@link CodePays}.
     */
    static final Map<String, Integer> LONGUEURS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
            Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BR", 29), Map.entry("BY", 28),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
            Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FK", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27),
            Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27),
            Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MN", 20),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33), Map.entry("SA", 24),
            Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("YE", 30));

    public Iban {
        valeur = Verifications.sansEspaces(Verifications.obligatoire(valeur, CHAMP)).toUpperCase(Locale.ROOT);
        if (!bienForme(valeur) || !mod97Valide(valeur)) {
            throw new ValeurInvalideException(INVALIDE, CHAMP);
        }
    }

    public CodePays pays() {
        return new CodePays(valeur.substring(0, 2));
    }

    /** Groups of 4 characters separated by a space, as printed on a bank statement. */
    public String formate() {
        return parGroupesDeQuatre(valeur);
    }

    /** Only the last 4 characters stay readable, for screens and mails. */
    public String masque() {
        int visibles = 4;
        String masque = "•".repeat(valeur.length() - visibles) + valeur.substring(valeur.length() - visibles);
        return parGroupesDeQuatre(masque);
    }

    private static String parGroupesDeQuatre(String texte) {
        StringBuilder resultat = new StringBuilder(texte.length() + texte.length() / 4);
        for (int i = 0; i < texte.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                resultat.append(' ');
            }
            resultat.append(texte.charAt(i));
        }
        return resultat.toString();
    }

    private static boolean bienForme(String iban) {
        if (iban.length() < 5) {
            return false;
        }
        Integer longueur = LONGUEURS.get(iban.substring(0, 2));
        if (longueur == null || iban.length() != longueur) {
            return false;
        }
        if (!Verifications.estChiffre(iban.charAt(2)) || !Verifications.estChiffre(iban.charAt(3))) {
            return false;
        }
        // ISO 7064 MOD 97-10 only produces check digits 02 to 98.
        int cle = Integer.parseInt(iban.substring(2, 4));
        if (cle < 2 || cle > 98) {
            return false;
        }
        for (int i = 4; i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (!Verifications.estChiffre(c) && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Country and check digits moved to the end, letters as 10..35, the whole number mod 97 must be 1. */
    private static boolean mod97Valide(String iban) {
        String reordonne = iban.substring(4) + iban.substring(0, 4);
        int reste = 0;
        for (int i = 0; i < reordonne.length(); i++) {
            char c = reordonne.charAt(i);
            if (Verifications.estChiffre(c)) {
                reste = (reste * 10 + (c - '0')) % 97;
            } else {
                reste = (reste * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return reste == 1;
    }

    @Override
    public String toString() {
        return valeur;
    }
}
