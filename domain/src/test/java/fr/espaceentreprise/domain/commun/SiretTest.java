package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "44306184100047", "55208131766522", "35600000012340"})
    void accepts_a_siret_whose_luhn_checksum_is_right(String siret) {
        assertEquals(siret, new Siret(siret).valeur());
    }

    @Test
    void removes_the_spaces_people_type_or_paste() {
        assertEquals("73282932000074", new Siret(" 732 829 320 00074 ").valeur());
        assertEquals("73282932000074", new Siret("732\u00A0829\u00A0320\u202F00074").valeur());
        assertEquals("73282932000074", new Siret("732 829 320 00074").toString());
    }

    @Test
    void the_siren_is_the_first_nine_digits() {
        assertEquals("732829320", new Siret("73282932000074").siren());
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "73282932000084", "44306184100048", "37282932000074"})
    void rejects_a_siret_whose_checksum_is_wrong(String siret) {
        assertValeurInvalide("siret.invalide", "siret", () -> new Siret(siret));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7328293200007", "732829320000740", "7328293200007A", "73282932-00074", "abcdefghijklmn",
            "\u0667\u0663\u0662\u0668\u0662\u0669\u0663\u0662\u0660\u0660\u0660\u0660\u0667\u0664"})
    void rejects_anything_but_fourteen_ascii_digits(String siret) {
        assertValeurInvalide("siret.invalide", "siret", () -> new Siret(siret));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_siret_is_reported_as_required(String siret) {
        assertValeurInvalide("champ.obligatoire", "siret", () -> new Siret(siret));
    }

    @Test
    void accepts_the_la_poste_head_office_which_follows_luhn() {
        assertEquals("356000000", new Siret("356 000 000 00048").siren());
    }

    @ParameterizedTest
    // Digit sums 45 and 15: multiples of 5, while Luhn fails for both.
    @ValueSource(strings = {"35600000049837", "35600000001000"})
    void accepts_a_la_poste_establishment_whose_digit_sum_is_a_multiple_of_five(String siret) {
        assertEquals(siret, new Siret(siret).valeur());
    }

    @ParameterizedTest
    // Digit sums 27 and 46, and Luhn fails too.
    @ValueSource(strings = {"35600000000049", "35600000049838"})
    void rejects_a_la_poste_number_that_fails_both_luhn_and_the_mod_5_rule(String siret) {
        assertValeurInvalide("siret.invalide", "siret", () -> new Siret(siret));
    }

    @Test
    void the_mod_5_exception_belongs_to_la_poste_only() {
        // Digit sums 55 and 40, Luhn fails: these would be valid under SIREN 356000000.
        assertValeurInvalide("siret.invalide", "siret", () -> new Siret("12345678901234"));
        assertValeurInvalide("siret.invalide", "siret", () -> new Siret("35700000049831"));
    }
}
