package fr.espaceentreprise.domain.contenu;

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

    /** The canonical 36-character form only; anything else → "identifiant.invalide" on field "id". */
    public static ContactId de(String valeur) {
        return new ContactId(Identifiants.uuid(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
