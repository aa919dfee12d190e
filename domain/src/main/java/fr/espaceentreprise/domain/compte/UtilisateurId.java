package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of an Utilisateur: a random UUID, never a sequence number. */
public record UtilisateurId(UUID valeur) {

    public UtilisateurId {
        Verifications.nonNul(valeur, "id");
    }

    public static UtilisateurId nouveau() {
        return new UtilisateurId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static UtilisateurId de(String valeur) {
        return new UtilisateurId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
