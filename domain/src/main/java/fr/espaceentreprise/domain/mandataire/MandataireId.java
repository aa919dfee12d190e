package fr.espaceentreprise.domain.mandataire;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a Mandataire: a random UUID, never a sequence number. */
public record MandataireId(UUID valeur) {

    public MandataireId {
        Verifications.nonNul(valeur, "id");
    }

    public static MandataireId nouveau() {
        return new MandataireId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static MandataireId de(String valeur) {
        return new MandataireId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
