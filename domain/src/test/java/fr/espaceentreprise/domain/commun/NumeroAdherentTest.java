package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroAdherentTest {

    @Test
    void accepts_eight_digits_and_trims_them() {
        NumeroAdherent numero = new NumeroAdherent("  01234567 ");

        assertEquals("01234567", numero.valeur());
        assertEquals("01234567", numero.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234 5678", "1234567A", "abcdefgh", "-1234567",
            "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"})
    void refuses_anything_but_exactly_eight_ascii_digits(String saisie) {
        assertValeurInvalide("numeroAdherent.invalide", "numeroAdherent", () -> new NumeroAdherent(saisie));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_number_is_reported_as_required(String saisie) {
        assertValeurInvalide("champ.obligatoire", "numeroAdherent", () -> new NumeroAdherent(saisie));
    }

    @Test
    void two_numbers_with_the_same_digits_are_equal() {
        assertEquals(new NumeroAdherent("12345678"), new NumeroAdherent(" 12345678"));
    }
}
