package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a Demande: a random UUID, never a sequence number. */
public record DemandeId(UUID valeur) {

    public DemandeId {
        Verifications.nonNul(valeur, "id");
    }

    public static DemandeId nouveau() {
        return new DemandeId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static DemandeId de(String valeur) {
        return new DemandeId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
