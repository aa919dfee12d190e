package fr.espaceentreprise.domain.cotisation;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of an AppelDeCotisation: a random UUID, never a sequence number. */
public record AppelDeCotisationId(UUID valeur) {

    public AppelDeCotisationId {
        Verifications.nonNul(valeur, "id");
    }

    public static AppelDeCotisationId nouveau() {
        return new AppelDeCotisationId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character form only, so that one identifier has exactly one spelling in URLs. */
    public static AppelDeCotisationId de(String valeur) {
        if (valeur != null) {
            String texte = valeur.strip();
            try {
                UUID uuid = UUID.fromString(texte);
                if (uuid.toString().equalsIgnoreCase(texte)) {
                    return new AppelDeCotisationId(uuid);
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
