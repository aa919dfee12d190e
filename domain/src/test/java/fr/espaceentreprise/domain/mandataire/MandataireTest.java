package fr.espaceentreprise.domain.mandataire;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Telephone;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MandataireTest {

    private static final MandataireId ID = MandataireId.nouveau();
    private static final NumeroAdherent NUMERO = new NumeroAdherent("87654321");
    private static final Email EMAIL = new Email("contact@courtier.fr");
    private static final Telephone TELEPHONE = new Telephone("+33 4 72 00 00 00");

    @Test
    void a_registered_broker_keeps_what_it_was_given() {
        Mandataire mandataire = Mandataire.enregistrer(ID, NUMERO, " Courtier & Associés ", EMAIL, TELEPHONE);

        assertEquals(ID, mandataire.id());
        assertEquals(NUMERO, mandataire.numeroAdherent());
        assertEquals("Courtier & Associés", mandataire.raisonSociale());
        assertEquals(EMAIL, mandataire.email());
        assertEquals(Optional.of(TELEPHONE), mandataire.telephone());
    }

    @Test
    void the_telephone_is_optional() {
        assertTrue(UnMandataire.parDefaut().sansTelephone().build().telephone().isEmpty());
    }

    @Test
    void the_name_is_at_most_100_characters() {
        assertEquals(100, UnMandataire.nomme("B".repeat(100)).build().raisonSociale().length());
        var erreur = assertValeurInvalide("champ.trop_long", "raisonSociale",
                () -> UnMandataire.nomme("B".repeat(101)).build());
        assertEquals(Map.of("max", 100), erreur.parametres());
    }

    @Test
    void the_name_the_member_number_the_email_and_the_id_are_required() {
        assertValeurInvalide("champ.obligatoire", "raisonSociale", () -> UnMandataire.nomme(" ").build());
        assertValeurInvalide("champ.obligatoire", "email",
                () -> Mandataire.enregistrer(ID, NUMERO, "Courtier", null, TELEPHONE));
        assertValeurInvalide("champ.obligatoire", "numeroAdherent",
                () -> Mandataire.enregistrer(ID, null, "Courtier", EMAIL, TELEPHONE));
        assertValeurInvalide("champ.obligatoire", "id",
                () -> Mandataire.enregistrer(null, NUMERO, "Courtier", EMAIL, TELEPHONE));
    }

    @Test
    void a_rehydrated_broker_is_the_stored_one() {
        Mandataire mandataire = Mandataire.rehydrater(ID, NUMERO, "Courtier", EMAIL, null);

        assertEquals(ID, mandataire.id());
        assertEquals("Courtier", mandataire.raisonSociale());
        assertTrue(mandataire.telephone().isEmpty());
    }
}
