package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a DemandeInscription (sign-up request): a random UUID, never a sequence number. */
public record DemandeInscriptionId(UUID valeur) {

    public DemandeInscriptionId {
        Verifications.nonNul(valeur, "id");
    }

    public static DemandeInscriptionId nouveau() {
        return new DemandeInscriptionId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static DemandeInscriptionId de(String valeur) {
        return new DemandeInscriptionId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
