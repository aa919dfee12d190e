package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a Salarie: a random UUID, never a sequence number. */
public record SalarieId(UUID valeur) {

    public SalarieId {
        Verifications.nonNul(valeur, "id");
    }

    public static SalarieId nouveau() {
        return new SalarieId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static SalarieId de(String valeur) {
        return new SalarieId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
