package fr.espaceentreprise.domain.entreprise;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of an Entreprise: a random UUID, never a sequence number. */
public record EntrepriseId(UUID valeur) {

    public EntrepriseId {
        Verifications.nonNul(valeur, "id");
    }

    public static EntrepriseId nouveau() {
        return new EntrepriseId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character form only, so that one identifier has exactly one spelling in URLs. */
    public static EntrepriseId de(String valeur) {
        if (valeur != null) {
            String texte = valeur.strip();
            try {
                UUID uuid = UUID.fromString(texte);
                if (uuid.toString().equalsIgnoreCase(texte)) {
                    return new EntrepriseId(uuid);
                }
            } catch (IllegalArgumentException malForme) {
                // reported below with the domain's code
            }
        }
        throw new ValeurInvalideException("identifiant.invalide", "id");
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
