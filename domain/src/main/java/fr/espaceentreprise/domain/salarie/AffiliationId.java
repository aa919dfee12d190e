package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of an Affiliation: a random UUID, never a sequence number. */
public record AffiliationId(UUID valeur) {

    public AffiliationId {
        Verifications.nonNul(valeur, "id");
    }

    public static AffiliationId nouveau() {
        return new AffiliationId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static AffiliationId de(String valeur) {
        return new AffiliationId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
