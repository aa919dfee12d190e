package fr.espaceentreprise.domain.contrat;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Locale;
import java.util.regex.Pattern;

/** The business number of a group contract, shown to users (never used as an access key). */
public record NumeroContrat(String valeur) {

    public static final String CHAMP = "numeroContrat";
    private static final Pattern FORME = Pattern.compile("[A-Z0-9][A-Z0-9-]{4,19}");

    public NumeroContrat {
        valeur = Verifications.obligatoire(valeur, CHAMP).strip().toUpperCase(Locale.ROOT);
        if (!FORME.matcher(valeur).matches()) {
            throw new ValeurInvalideException("contrat.numero.invalide", CHAMP);
        }
    }

    @Override
    public String toString() {
        return valeur;
    }
}
