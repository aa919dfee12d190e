package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", " \n "})
    void a_required_value_cannot_be_missing_or_blank(String valeur) {
        assertValeurInvalide("champ.obligatoire", "nom", () -> Verifications.obligatoire(valeur, "nom"));
    }

    @Test
    void a_required_value_is_returned_untouched() {
        assertEquals(" mot de passe ", Verifications.obligatoire(" mot de passe ", "motDePasse"));
    }

    @Test
    void a_text_is_trimmed() {
        assertEquals("Durand", Verifications.texte("  Durand \t", "nom", 80));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_text_is_required(String valeur) {
        assertValeurInvalide("champ.obligatoire", "nom", () -> Verifications.texte(valeur, "nom", 80));
    }

    @Test
    void a_text_may_reach_its_maximum_length_once_trimmed() {
        assertEquals("abcde", Verifications.texte("  abcde  ", "ville", 5));
    }

    @Test
    void a_text_longer_than_its_maximum_is_refused_with_the_maximum_as_parameter() {
        ValeurInvalideException erreur =
                assertValeurInvalide("champ.trop_long", "ville", () -> Verifications.texte("abcdef", "ville", 5));

        assertEquals(Map.of("max", 5), erreur.parametres());
    }

    @Test
    void a_text_length_counts_characters_not_utf16_units() {
        String emoji = "\uD83D\uDE00";

        assertEquals(emoji + "abcd", Verifications.texte(emoji + "abcd", "nom", 5));
        assertValeurInvalide("champ.trop_long", "nom", () -> Verifications.texte(emoji + "abcde", "nom", 5));
    }

    @Test
    void a_non_null_value_is_returned_as_is() {
        LocalDate date = LocalDate.of(2024, 1, 1);

        assertSame(date, Verifications.nonNul(date, "dateEffet"));
    }

    @Test
    void a_null_value_is_refused_as_missing() {
        assertValeurInvalide("champ.obligatoire", "dateEffet", () -> Verifications.nonNul(null, "dateEffet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ma\u0000rtin", "Mar\u0007tin", "Mart\u001bin", "Mart\u007fin"})
    void a_text_with_a_control_character_is_refused(String valeur) {
        assertValeurInvalide("champ.caracteres_invalides", "nom", () -> Verifications.texte(valeur, "nom", 80));
    }

    @Test
    void a_text_keeps_its_tabs_and_line_breaks() {
        assertEquals("Bonjour,\n\tmerci\r\nà bientôt", Verifications.texte("Bonjour,\n\tmerci\r\nà bientôt", "message", 4000));
    }
}
