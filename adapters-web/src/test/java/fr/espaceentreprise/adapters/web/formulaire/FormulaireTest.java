package fr.espaceentreprise.adapters.web.formulaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Siret;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaireTest {

    @Test
    void a_posted_form_keeps_the_typed_values_but_not_the_csrf_token() {
        Context ctx = mock(Context.class);
        when(ctx.formParamMap()).thenReturn(Map.of("siret", List.of("123"), "_csrf", List.of("jeton"),
                "vide", List.of()));

        Formulaire formulaire = Formulaire.depuis(ctx);

        assertEquals("123", formulaire.valeur("siret"));
        assertEquals("", formulaire.valeur("_csrf"));
        assertEquals("", formulaire.valeur("absent"));
    }

    @Test
    void an_input_is_read_whole_before_its_errors_are_reported_together() {
        Saisie saisie = new Saisie();

        Siret siret = saisie.lire(() -> new Siret("123"));
        Email email = saisie.lire(() -> new Email("contact@exemple.fr"));
        saisie.obligatoire(false, "cgu");

        assertNull(siret);
        assertEquals("contact@exemple.fr", email.valeur());
        SaisieInvalideException echec = assertThrows(SaisieInvalideException.class, saisie::verifier);
        assertEquals(List.of(ErreurChamp.sur("siret", "siret.invalide"), ErreurChamp.sur("cgu", "champ.obligatoire")),
                echec.erreurs());
    }

    @Test
    void a_valid_input_passes() {
        Saisie saisie = new Saisie();
        saisie.lire(() -> new Email("contact@exemple.fr"));

        saisie.verifier();

        assertFalse(saisie.aDesErreurs());
    }

    @Test
    void the_error_of_a_field_is_found_by_its_name() {
        Formulaire formulaire = Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur("email", "email.invalide")));

        assertTrue(formulaire.erreur("email").isPresent());
        assertFalse(formulaire.erreur("siret").isPresent());
    }
}
