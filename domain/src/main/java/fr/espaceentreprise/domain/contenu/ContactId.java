package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a sales contact. */
public record ContactId(UUID valeur) {

    public ContactId {
        Verifications.nonNul(valeur, "id");
    }

    public static ContactId nouveau() {
        return new ContactId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static ContactId de(String valeur) {
        return new ContactId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
