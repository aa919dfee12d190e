package fr.espaceentreprise.domain.cotisation;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroQuittanceTest {

    @Test
    void a_receipt_number_is_trimmed_and_upper_cased() {
        NumeroQuittance numero = new NumeroQuittance(" q-2024-000001  ");

        assertEquals("Q-2024-000001", numero.valeur());
        assertEquals("Q-2024-000001", numero.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q20241", "123456", "Q-----", "Q-2024-000001", "ABCDEFGHIJKL012345678901"})
    void accepts_letters_digits_and_dashes_from_6_to_24_characters(String valeur) {
        assertEquals(valeur, new NumeroQuittance(valeur).valeur());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q2024", "ABCDEFGHIJKL0123456789012", "-Q2024-01", "Q 2024 01", "Q_2024_01", "Q-2024-°1"})
    void refuses_a_malformed_receipt_number(String valeur) {
        assertValeurInvalide("cotisation.quittance.invalide", "numeroQuittance", () -> new NumeroQuittance(valeur));
    }

    @Test
    void a_receipt_number_is_required() {
        assertValeurInvalide("champ.obligatoire", "numeroQuittance", () -> new NumeroQuittance(null));
        assertValeurInvalide("champ.obligatoire", "numeroQuittance", () -> new NumeroQuittance(""));
    }
}
