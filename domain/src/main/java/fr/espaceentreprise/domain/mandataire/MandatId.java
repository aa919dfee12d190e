package fr.espaceentreprise.domain.mandataire;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a Mandat: a random UUID, never a sequence number. */
public record MandatId(UUID valeur) {

    public MandatId {
        Verifications.nonNul(valeur, "id");
    }

    public static MandatId nouveau() {
        return new MandatId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static MandatId de(String valeur) {
        return new MandatId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
