package fr.espaceentreprise.domain.commun;

import java.util.Locale;
import java.util.regex.Pattern;

/** Bank identifier code (ISO 9362): 8 or 11 characters, the 5th and 6th being an ISO country code. */
public record Bic(String valeur) {

    public static final String CHAMP = "bic";
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Bic {
        valeur = Verifications.obligatoire(valeur, CHAMP).strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(valeur).matches() || !CodePays.CODES.contains(valeur.substring(4, 6))) {
            throw new ValeurInvalideException("bic.invalide", CHAMP);
        }
    }

    public CodePays pays() {
        return new CodePays(valeur.substring(4, 6));
    }

    @Override
    public String toString() {
        return valeur;
    }
}
