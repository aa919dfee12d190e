package fr.espaceentreprise.domain.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

    @Test
    void a_value_error_carries_its_code_field_and_parameters() {
        ValeurInvalideException erreur = new ValeurInvalideException("champ.trop_long", "raisonSociale", Map.of("max", 100));

        assertEquals("champ.trop_long", erreur.code());
        assertEquals(Optional.of("raisonSociale"), erreur.champ());
        assertEquals(Map.of("max", 100), erreur.parametres());
    }

    @Test
    void a_value_error_without_parameters_has_an_empty_map() {
        assertEquals(Map.of(), new ValeurInvalideException("siret.invalide", "siret").parametres());
    }

    @Test
    void a_value_error_always_names_its_field() {
        assertThrows(NullPointerException.class, () -> new ValeurInvalideException("siret.invalide", null));
    }

    @Test
    void a_rule_error_may_have_no_field() {
        RegleMetierException erreur = new RegleMetierException("mandat.deja_termine");

        assertEquals("mandat.deja_termine", erreur.code());
        assertEquals(Optional.empty(), erreur.champ());
        assertEquals(Map.of(), erreur.parametres());
        assertEquals("mandat.deja_termine", erreur.getMessage());
    }

    @Test
    void a_rule_error_may_name_a_field_and_parameters() {
        RegleMetierException erreur = new RegleMetierException(
                "demande.transition.interdite", "statut", Map.of("de", "VALIDEE", "vers", "EN_COURS"));

        assertEquals(Optional.of("statut"), erreur.champ());
        assertEquals(Map.of("de", "VALIDEE", "vers", "EN_COURS"), new RegleMetierException(
                "demande.transition.interdite", "statut", erreur.parametres()).parametres());
        assertEquals(Optional.of("iban"), new RegleMetierException("x", "iban").champ());
    }

    @Test
    void both_kinds_belong_to_the_unchecked_domain_family() {
        assertTrue(new ValeurInvalideException("a", "b") instanceof DomaineException);
        assertTrue(new RegleMetierException("a") instanceof DomaineException);
        assertTrue(new RegleMetierException("a") instanceof RuntimeException);
    }

    @Test
    void the_message_holds_the_code_and_field_but_never_the_rejected_value() {
        String secret = "FR7630006000011234567890189";
        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class, () -> new Iban(secret + "0"));

        assertEquals("iban.invalide [iban]", erreur.getMessage());
        assertFalse(erreur.toString().contains("3000600001"));
    }

    @Test
    void parameters_cannot_be_changed_after_the_fact() {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("max", 38);
        ValeurInvalideException erreur = new ValeurInvalideException("champ.trop_long", "ville", parametres);
        parametres.put("max", 1);

        assertEquals(38, erreur.parametres().get("max"));
        assertThrows(UnsupportedOperationException.class, () -> erreur.parametres().put("max", 2));
    }
}
