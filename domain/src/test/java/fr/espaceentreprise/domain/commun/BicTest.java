package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    @ParameterizedTest
    @CsvSource({
            "' bnpafrpp ', BNPAFRPP, FR",
            "BNPAFRPPXXX, BNPAFRPPXXX, FR",
            "DEUTDEFF, DEUTDEFF, DE",
            "deutdeff500, DEUTDEFF500, DE",
            "NWBKGB2L, NWBKGB2L, GB",
            "UBSWCHZH80A, UBSWCHZH80A, CH"})
    void accepts_8_or_11_characters_trimmed_and_upper_cased(String saisie, String attendu, String pays) {
        Bic bic = new Bic(saisie);

        assertEquals(attendu, bic.valeur());
        assertEquals(attendu, bic.toString());
        assertEquals(new CodePays(pays), bic.pays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRP", "BNPAFRPPX", "BNPAFRPPXX", "BNPAFRPPXXXX", "BNP1FRPP", "BNPA12PP", "BNPA FRPP",
            "BNPAFRP_", "BNPAFRPPXX_"})
    void rejects_a_malformed_bic(String saisie) {
        assertValeurInvalide("bic.invalide", "bic", () -> new Bic(saisie));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAZZPP", "BANKXKPR", "BNPAUKPP"})
    void rejects_a_bic_whose_country_is_not_an_iso_code(String saisie) {
        assertValeurInvalide("bic.invalide", "bic", () -> new Bic(saisie));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_bic_is_reported_as_required(String saisie) {
        assertValeurInvalide("champ.obligatoire", "bic", () -> new Bic(saisie));
    }
}
