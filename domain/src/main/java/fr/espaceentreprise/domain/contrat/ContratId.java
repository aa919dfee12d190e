package fr.espaceentreprise.domain.contrat;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a Contrat: a random UUID, never a sequence number. */
public record ContratId(UUID valeur) {

    public ContratId {
        Verifications.nonNul(valeur, "id");
    }

    public static ContratId nouveau() {
        return new ContratId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static ContratId de(String valeur) {
        return new ContratId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
