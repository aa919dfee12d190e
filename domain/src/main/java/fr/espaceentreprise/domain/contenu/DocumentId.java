package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a Document: a random UUID. */
public record DocumentId(UUID valeur) {

    public DocumentId {
        Verifications.nonNul(valeur, "id");
    }

    public static DocumentId nouveau() {
        return new DocumentId(UUID.randomUUID());
    }

    /** The canonical 36-character form only; anything else → "identifiant.invalide" on "id". */
    public static DocumentId de(String valeur) {
        if (valeur == null || valeur.length() != 36) {
            throw new ValeurInvalideException("identifiant.invalide", "id");
        }
        try {
            UUID uuid = UUID.fromString(valeur);
            if (!uuid.toString().equalsIgnoreCase(valeur)) {
                throw new ValeurInvalideException("identifiant.invalide", "id");
            }
            return new DocumentId(uuid);
        } catch (IllegalArgumentException malForme) {
            throw new ValeurInvalideException("identifiant.invalide", "id");
        }
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
