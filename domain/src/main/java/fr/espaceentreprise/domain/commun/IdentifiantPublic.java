package fr.espaceentreprise.domain.commun;

import java.util.UUID;

/**
 * How every public identifier ({@code DemandeId}, {@code SalarieId}…) is read from a URL or JSON: a UUID in its
 * canonical 36-character form, surrounding spaces ignored, so that one identifier has exactly one spelling.
 */
public final class IdentifiantPublic {

    public static final String INVALIDE = "identifiant.invalide";

    private IdentifiantPublic() {
    }

    /** The UUID written in {@code valeur}; anything else → {@value #INVALIDE} on field "id". */
    public static UUID lire(String valeur) {
        return lire(valeur, "id");
    }

    /** The same, the error naming {@code champ}. */
    public static UUID lire(String valeur, String champ) {
        if (valeur != null) {
            String texte = valeur.strip();
            if (texte.length() == 36) {
                try {
                    UUID uuid = UUID.fromString(texte);
                    if (uuid.toString().equalsIgnoreCase(texte)) {
                        return uuid;
                    }
                } catch (IllegalArgumentException malForme) {
                    // reported below with the domain's code
                }
            }
        }
        throw new ValeurInvalideException(INVALIDE, champ);
    }
}
