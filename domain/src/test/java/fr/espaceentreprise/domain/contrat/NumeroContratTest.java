package fr.espaceentreprise.domain.contrat;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroContratTest {

    @Test
    void a_contract_number_is_trimmed_and_upper_cased() {
        NumeroContrat numero = new NumeroContrat("  ct-2024-0001 ");

        assertEquals("CT-2024-0001", numero.valeur());
        assertEquals("CT-2024-0001", numero.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CT001", "12345", "A----", "CT-2024-0001", "ABCDEFGHIJ0123456789"})
    void accepts_letters_digits_and_dashes_from_5_to_20_characters(String valeur) {
        assertEquals(valeur, new NumeroContrat(valeur).valeur());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CT01", "ABCDEFGHIJ0123456789X", "-CT2024", "CT 2024 01", "CT_2024_01", "CT-2024-é1", "CT/2024/01"})
    void refuses_a_malformed_contract_number(String valeur) {
        assertValeurInvalide("contrat.numero.invalide", "numeroContrat", () -> new NumeroContrat(valeur));
    }

    @Test
    void a_contract_number_is_required() {
        assertValeurInvalide("champ.obligatoire", "numeroContrat", () -> new NumeroContrat("  "));
        assertValeurInvalide("champ.obligatoire", "numeroContrat", () -> new NumeroContrat(null));
    }
}
