package fr.espaceentreprise.domain.contrat;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.commun.Periode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionContratTest {

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2024-03-31, false",
            "2024-04-01, true",
            "2024-09-30, true",
            "2024-10-01, false"})
    void an_option_is_active_within_its_own_dates_both_included(LocalDate date, boolean active) {
        OptionContrat option = new OptionContrat(CodeOption.MATERNITE,
                new Periode(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30)));

        assertEquals(active, option.estActiveLe(date));
    }

    @Test
    void an_option_needs_a_code_and_dates() {
        assertValeurInvalide("champ.obligatoire", "codeOption",
                () -> new OptionContrat(null, Periode.depuis(LocalDate.of(2024, 1, 1))));
        assertValeurInvalide("champ.obligatoire", "periode", () -> new OptionContrat(CodeOption.MATERNITE, null));
    }
}
