package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CodePaysTest {

    @Test
    void the_list_holds_the_249_iso_3166_1_codes() {
        assertEquals(249, CodePays.tous().size());
        assertEquals(249, CodePays.tous().stream().distinct().count());
    }

    @Test
    void the_list_is_sorted_and_cannot_be_changed() {
        List<String> codes = CodePays.tous().stream().map(CodePays::valeur).collect(Collectors.toList());

        assertEquals(codes.stream().sorted().collect(Collectors.toList()), codes);
        assertEquals("AD", codes.get(0));
        assertEquals("ZW", codes.get(248));
        assertThrows(UnsupportedOperationException.class, () -> CodePays.tous().add(CodePays.FRANCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "DE", "US", "CN", "AQ", "AX", "BQ", "CW", "SS", "SX", "EH", "PS", "TW", "VA"})
    void accepts_an_assigned_code(String code) {
        assertEquals(code, new CodePays(code).valeur());
    }

    @Test
    void is_trimmed_and_upper_cased() {
        assertEquals("FR", new CodePays(" fr ").valeur());
        assertEquals("FR", new CodePays("Fr").toString());
        assertEquals(CodePays.FRANCE, new CodePays("fr"));
    }

    @ParameterizedTest
    // Reserved, withdrawn, user-assigned or alpha-3 codes are not countries here.
    @ValueSource(strings = {"XK", "UK", "EU", "AN", "YU", "CS", "ZZ", "AA", "FRA", "F", "12", "F1"})
    void rejects_a_code_outside_the_list(String code) {
        assertValeurInvalide("pays.invalide", "paysExpatriation", () -> new CodePays(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_code_is_reported_as_required(String code) {
        assertValeurInvalide("champ.obligatoire", "paysExpatriation", () -> new CodePays(code));
    }

    @Test
    void gives_its_zone() {
        assertEquals(ZoneUrgence.EUROPE, new CodePays("FR").zone());
        assertEquals(ZoneUrgence.ASIE, new CodePays("JP").zone());
    }
}
