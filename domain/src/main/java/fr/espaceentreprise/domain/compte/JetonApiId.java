package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;
import java.util.UUID;

/** Public identifier of an API token (never the token itself). */
public record JetonApiId(UUID valeur) {

    public JetonApiId {
        Verifications.nonNul(valeur, "id");
    }

    public static JetonApiId nouveau() {
        return new JetonApiId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static JetonApiId de(String valeur) {
        return new JetonApiId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
