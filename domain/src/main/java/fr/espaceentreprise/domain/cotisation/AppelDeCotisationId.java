package fr.espaceentreprise.domain.cotisation;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of an AppelDeCotisation: a random UUID, never a sequence number. */
public record AppelDeCotisationId(UUID valeur) {

    public AppelDeCotisationId {
        Verifications.nonNul(valeur, "id");
    }

    public static AppelDeCotisationId nouveau() {
        return new AppelDeCotisationId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static AppelDeCotisationId de(String valeur) {
        return new AppelDeCotisationId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
