package fr.espaceentreprise.domain.contenu;

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

    /** The canonical 36-character form only; anything else → "identifiant.invalide" on field "id". */
    public static QuestionFaqId de(String valeur) {
        return new QuestionFaqId(Identifiants.uuid(valeur));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
