package fr.espaceentreprise.domain.commun;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Postal address; lines of at most 38 characters so that it prints on an envelope (AFNOR NF Z10-011). */
public record Adresse(String ligne1, String ligne2, String codePostal, String ville, CodePays pays) {

    static final int MAX_LIGNE = 38;
    static final int MAX_CODE_POSTAL = 10;
    private static final String CODE_POSTAL_INVALIDE = "adresse.codePostal.invalide";
    private static final Pattern CODE_POSTAL = Pattern.compile("[A-Z0-9]+([ -][A-Z0-9]+)*");
    private static final Pattern CODE_POSTAL_FRANCAIS = Pattern.compile("[0-9]{5}");

    /** France, Monaco and the overseas territories served by La Poste use 5-digit postal codes. */
    private static final Set<String> PAYS_CODE_POSTAL_FRANCAIS = Set.of(
            "FR", "MC", "GP", "MQ", "GF", "RE", "PM", "YT", "BL", "MF", "WF", "PF", "NC");

    public Adresse {
        ligne1 = Verifications.texte(ligne1, "adresseLigne1", MAX_LIGNE);
        ligne2 = ligne2 == null || ligne2.isBlank() ? null : Verifications.texte(ligne2, "adresseLigne2", MAX_LIGNE);
        codePostal = Verifications.texte(codePostal, "codePostal", MAX_CODE_POSTAL).toUpperCase(Locale.ROOT);
        ville = Verifications.texte(ville, "ville", MAX_LIGNE);
        Verifications.nonNul(pays, "pays");
        Pattern format = PAYS_CODE_POSTAL_FRANCAIS.contains(pays.valeur()) ? CODE_POSTAL_FRANCAIS : CODE_POSTAL;
        if (!format.matcher(codePostal).matches()) {
            throw new ValeurInvalideException(CODE_POSTAL_INVALIDE, "codePostal");
        }
    }
}
