package fr.espaceentreprise.domain.entreprise;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of an Entreprise: a random UUID, never a sequence number. */
public record EntrepriseId(UUID valeur) {

    public EntrepriseId {
        Verifications.nonNul(valeur, "id");
    }

    public static EntrepriseId nouveau() {
        return new EntrepriseId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static EntrepriseId de(String valeur) {
        return new EntrepriseId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
