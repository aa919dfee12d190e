package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a DemandeInscription (sign-up request): a random UUID, never a sequence number. */
public record DemandeInscriptionId(UUID valeur) {

    public DemandeInscriptionId {
        Verifications.nonNul(valeur, "id");
    }

    public static DemandeInscriptionId nouveau() {
        return new DemandeInscriptionId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character form only, so that one identifier has exactly one spelling in URLs. */
    public static DemandeInscriptionId de(String valeur) {
        if (valeur != null) {
            String texte = valeur.strip();
            try {
                UUID uuid = UUID.fromString(texte);
                if (uuid.toString().equalsIgnoreCase(texte)) {
                    return new DemandeInscriptionId(uuid);
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
