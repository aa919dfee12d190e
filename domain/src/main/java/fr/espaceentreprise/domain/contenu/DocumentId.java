package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
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

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static DocumentId de(String valeur) {
        return new DocumentId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
