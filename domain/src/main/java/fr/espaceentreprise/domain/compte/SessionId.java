package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Identifier of a SessionUtilisateur (never shown to the browser: the session token is what the browser holds). */
public record SessionId(UUID valeur) {

    public SessionId {
        Verifications.nonNul(valeur, "id");
    }

    public static SessionId nouveau() {
        return new SessionId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character form only, so that one identifier has exactly one spelling in URLs. */
    public static SessionId de(String valeur) {
        if (valeur != null) {
            String texte = valeur.strip();
            try {
                UUID uuid = UUID.fromString(texte);
                if (uuid.toString().equalsIgnoreCase(texte)) {
                    return new SessionId(uuid);
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
