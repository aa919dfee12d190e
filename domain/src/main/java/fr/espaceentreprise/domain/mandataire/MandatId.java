package fr.espaceentreprise.domain.mandataire;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a Mandat: a random UUID, never a sequence number. */
public record MandatId(UUID valeur) {

    public MandatId {
        Verifications.nonNul(valeur, "id");
    }

    public static MandatId nouveau() {
        return new MandatId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character form only, so that one identifier has exactly one spelling in URLs. */
    public static MandatId de(String valeur) {
        if (valeur != null) {
            String texte = valeur.strip();
            try {
                UUID uuid = UUID.fromString(texte);
                if (uuid.toString().equalsIgnoreCase(texte)) {
                    return new MandatId(uuid);
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
