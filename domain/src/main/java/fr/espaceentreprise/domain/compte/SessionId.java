package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
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

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static SessionId de(String valeur) {
        return new SessionId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
