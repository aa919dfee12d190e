package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.IdentifiantPublic;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.UUID;

/** Public identifier of a FAQ entry. */
public record QuestionFaqId(UUID valeur) {

    public QuestionFaqId {
        Verifications.nonNul(valeur, "id");
    }

    public static QuestionFaqId nouveau() {
        return new QuestionFaqId(UUID.randomUUID());
    }

    /** Its canonical 36-character form, see {@link IdentifiantPublic}. */
    public static QuestionFaqId de(String valeur) {
        return new QuestionFaqId(IdentifiantPublic.lire(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
