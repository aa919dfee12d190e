package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Map;

/**
 * A member of the sales team users may call: name, role, phone, e-mail and the area covered (zones, countries or
 * a kind of client), listed in {@code ordre}. Edited as a whole by the back office.
 */
public record Contact(ContactId id, String nom, TexteBilingue fonction, Telephone telephone, Email email,
                      TexteBilingue secteur, int ordre) {

    public static final int NOM_MAX = 100;
    public static final int FONCTION_MAX = 100;
    public static final int SECTEUR_MAX = 200;
    public static final int ORDRE_MAX = 999;

    public Contact {
        Verifications.nonNul(id, "id");
        nom = Verifications.texte(nom, "nom", NOM_MAX);
        Verifications.nonNul(fonction, "fonction");
        Verifications.nonNul(telephone, Telephone.CHAMP);
        Verifications.nonNul(email, "email");
        Verifications.nonNul(secteur, "secteur");
        ordre = ordre(ordre);
    }

    /** An order of display from 0 to {@value #ORDRE_MAX}; otherwise "contenu.ordre.invalide" on field "ordre". */
    static int ordre(int ordre) {
        if (ordre < 0 || ordre > ORDRE_MAX) {
            throw new ValeurInvalideException("contenu.ordre.invalide", "ordre", Map.of("max", ORDRE_MAX));
        }
        return ordre;
    }
}
