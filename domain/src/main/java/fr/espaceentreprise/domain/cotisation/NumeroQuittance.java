package fr.espaceentreprise.domain.cotisation;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Locale;
import java.util.regex.Pattern;

/** The number printed on a contribution call, quoted by the Entreprise when it pays. */
public record NumeroQuittance(String valeur) {

    public static final String CHAMP = "numeroQuittance";
    private static final Pattern FORME = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,23}");

    public NumeroQuittance {
        valeur = Verifications.obligatoire(valeur, CHAMP).strip().toUpperCase(Locale.ROOT);
        if (!FORME.matcher(valeur).matches()) {
            throw new ValeurInvalideException("cotisation.quittance.invalide", CHAMP);
        }
    }

    @Override
    public String toString() {
        return valeur;
    }
}
