package fr.espaceentreprise.domain.commun;

/**
 * French establishment number: 14 digits, Luhn checksum. La Poste (SIREN 356000000) numbers its many
 * establishments with another rule: the sum of the 14 digits is a multiple of 5. Its head office
 * (35600000000048) still satisfies Luhn, so a La Poste SIRET is valid under either rule.
 */
public record Siret(String valeur) {

    public static final String CHAMP = "siret";
    static final String SIREN_LA_POSTE = "356000000";

    public Siret {
        valeur = Verifications.sansEspaces(Verifications.obligatoire(valeur, CHAMP));
        if (valeur.length() != 14 || !Verifications.queDesChiffres(valeur) || !cleValide(valeur)) {
            throw new ValeurInvalideException("siret.invalide", CHAMP);
        }
    }

    public String siren() {
        return valeur.substring(0, 9);
    }

    private static boolean cleValide(String chiffres) {
        return luhn(chiffres) || (chiffres.startsWith(SIREN_LA_POSTE) && sommeDesChiffres(chiffres) % 5 == 0);
    }

    private static boolean luhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }

    private static int sommeDesChiffres(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            somme += chiffres.charAt(i) - '0';
        }
        return somme;
    }

    @Override
    public String toString() {
        return valeur;
    }
}
