package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MontantTest {

    @Test
    void holds_whole_cents() {
        assertEquals(123456, Montant.centimes(123456).centimes());
        assertEquals(0, Montant.ZERO.centimes());
        assertEquals(new Montant(5), Montant.centimes(5));
    }

    @Test
    void cannot_be_negative() {
        assertValeurInvalide("montant.negatif", "montant", () -> new Montant(-1));
        assertValeurInvalide("montant.negatif", "montant", () -> Montant.centimes(Long.MIN_VALUE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234      | 123400",
            "1234.5    | 123450",
            "1234,5    | 123450",
            "1234,56   | 123456",
            "1234.56   | 123456",
            "1 234,56  | 123456",
            "1 234 567.89 | 123456789",
            "12 345    | 1234500",
            "0,1       | 10",
            "0.01      | 1",
            "0         | 0",
            "0,00      | 0",
            "007,50    | 750",
            "  42,00   | 4200",
            "92233720368547758.07 | 9223372036854775807"})
    void parses_an_amount_in_euros_exactly(String saisie, long centimes) {
        assertEquals(centimes, Montant.euros(saisie).centimes());
    }

    @Test
    void parses_french_no_break_spaces_between_thousands() {
        assertEquals(123456, Montant.euros("1\u00A0234,56").centimes());
        assertEquals(123456789, Montant.euros("1\u202F234\u202F567,89").centimes());
    }

    @Test
    void amounts_that_cannot_be_represented_as_a_double_stay_exact() {
        assertEquals(1000000000000001L, Montant.euros("10000000000000.01").centimes());
        assertEquals(10, Montant.euros("0.1").plus(Montant.euros("0.0")).centimes());
        assertEquals(30, Montant.euros("0.1").plus(Montant.euros("0.2")).centimes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "12,345", "1,2345", "1234.", "1234,", ",5", ".5", "1.234,56", "1,234.56", "12 34",
            "1234 567", "1 23", " 1  234", "1 234 56", "1 2345", "12a", "abc", "1e3", "+12", "12 €", "€12", "0x10",
            "1_000", "١٢٣", "12..5", "--5", "- 5", "1 234,5 6"})
    void refuses_an_amount_it_cannot_read_exactly(String saisie) {
        assertValeurInvalide("montant.invalide", "montant", () -> Montant.euros(saisie));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0,01", "-1 234,56"})
    void refuses_a_negative_amount(String saisie) {
        assertValeurInvalide("montant.negatif", "montant", () -> Montant.euros(saisie));
    }

    @ParameterizedTest
    // 2^64 + 1 would read as 1 euro if the parsing wrapped around.
    @ValueSource(strings = {"92233720368547758.08", "92233720368547759", "99999999999999999999999999",
            "18446744073709551617"})
    void refuses_an_amount_too_large_to_hold(String saisie) {
        assertValeurInvalide("montant.invalide", "montant", () -> Montant.euros(saisie));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_amount_is_reported_as_required(String saisie) {
        assertValeurInvalide("champ.obligatoire", "montant", () -> Montant.euros(saisie));
    }

    @Test
    void adds() {
        assertEquals(Montant.centimes(350), Montant.centimes(100).plus(Montant.centimes(250)));
    }

    @Test
    void subtracts_down_to_zero() {
        assertEquals(Montant.centimes(150), Montant.centimes(250).moins(Montant.centimes(100)));
        assertEquals(Montant.ZERO, Montant.centimes(250).moins(Montant.centimes(250)));
    }

    @Test
    void subtracting_more_than_there_is_breaks_a_rule() {
        RegleMetierException erreur =
                assertRegleMetier("montant.negatif", () -> Montant.centimes(100).moins(Montant.centimes(101)));

        assertEquals(Optional.of("montant"), erreur.champ());
    }

    @Test
    void multiplies() {
        assertEquals(Montant.centimes(3000), Montant.centimes(1000).fois(3));
        assertEquals(Montant.ZERO, Montant.centimes(1000).fois(0));
    }

    @Test
    void multiplying_by_a_negative_factor_breaks_a_rule() {
        assertRegleMetier("montant.negatif", () -> Montant.centimes(1000).fois(-1));
    }

    @Test
    void overflows_throw_instead_of_wrapping_around() {
        Montant max = Montant.centimes(Long.MAX_VALUE);

        assertThrows(ArithmeticException.class, () -> max.plus(Montant.centimes(1)));
        assertThrows(ArithmeticException.class, () -> max.fois(2));
        assertThrows(ArithmeticException.class, () -> Montant.somme(List.of(max, Montant.centimes(1))));
    }

    @Test
    void knows_when_it_is_zero() {
        assertTrue(Montant.ZERO.estNul());
        assertTrue(Montant.euros("0,00").estNul());
        assertFalse(Montant.centimes(1).estNul());
    }

    @Test
    void compares_strictly() {
        assertTrue(Montant.centimes(2).estSuperieurA(Montant.centimes(1)));
        assertFalse(Montant.centimes(2).estSuperieurA(Montant.centimes(2)));
        assertFalse(Montant.centimes(1).estSuperieurA(Montant.centimes(2)));
    }

    @Test
    void sorts_by_amount() {
        List<Montant> montants = new ArrayList<>(List.of(Montant.centimes(300), Montant.ZERO, Montant.centimes(20)));
        Collections.sort(montants);

        assertEquals(List.of(Montant.ZERO, Montant.centimes(20), Montant.centimes(300)), montants);
        assertEquals(0, Montant.centimes(7).compareTo(Montant.euros("0,07")));
    }

    @Test
    void sums_a_collection() {
        assertEquals(Montant.centimes(1234), Montant.somme(List.of(Montant.centimes(1000), Montant.centimes(234))));
        assertEquals(Montant.ZERO, Montant.somme(List.of()));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.00", "5, 0.05", "10, 0.10", "123456, 1234.56", "100000, 1000.00"})
    void prints_as_euros_with_two_decimals_that_parse_back(long centimes, String texte) {
        assertEquals(texte, Montant.centimes(centimes).toString());
        assertEquals(Montant.centimes(centimes), Montant.euros(texte));
    }
}
