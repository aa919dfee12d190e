package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;

import java.util.UUID;

final class Identifiants {

    private Identifiants() {
    }

    /** Parses the canonical form only, so that one identifier has exactly one spelling in URLs. */
    static UUID uuid(String valeur) {
        if (valeur != null) {
            String texte = valeur.strip();
            try {
                UUID uuid = UUID.fromString(texte);
                if (uuid.toString().equalsIgnoreCase(texte)) {
                    return uuid;
                }
            } catch (IllegalArgumentException malForme) {
                // reported below with the domain's code
            }
        }
        throw new ValeurInvalideException("identifiant.invalide", "id");
    }
}
