package fr.espaceentreprise.application.salarie;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.ContratId;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FiltreSalariesTest {

    private static final String CONTRAT = "3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blank_fields_filter_nothing(String vide) {
        assertEquals(FiltreSalaries.AUCUN, FiltreSalaries.de(vide, vide, vide));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wróbel | wrobel",
            "  ŁUK  | luk",
            "de  la Fon | de la fon",
            "Çel | cel",
            "o’bri | o'bri"})
    void the_search_is_the_sort_key_of_what_was_typed(String recherche, String debutNom) {
        assertEquals(Optional.of(debutNom), FiltreSalaries.de(recherche, null, null).debutNom());
    }

    @Test
    void a_search_of_marks_only_filters_nothing() {
        assertEquals(Optional.empty(), FiltreSalaries.de("\u0301\u0301", null, null).debutNom());
    }

    @Test
    void a_search_longer_than_80_characters_is_refused_on_its_field() {
        assertEquals(Optional.of("x".repeat(80)), FiltreSalaries.de("x".repeat(80), null, null).debutNom());

        var erreur = assertValeurInvalide("champ.trop_long", "recherche",
                () -> FiltreSalaries.de("x".repeat(81), null, null));
        assertEquals(Map.of("max", 80), erreur.parametres());
    }

    @Test
    void a_search_with_a_control_character_is_refused() {
        assertValeurInvalide("champ.caracteres_invalides", "recherche",
                () -> FiltreSalaries.de("dur\u0000and", null, null));
    }

    @Test
    void the_contract_and_the_country_are_read() {
        FiltreSalaries filtre = FiltreSalaries.de(null, " " + CONTRAT + " ", "sn");

        assertEquals(Optional.of(ContratId.de(CONTRAT)), filtre.contratId());
        assertEquals(Optional.of(new CodePays("SN")), filtre.pays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "3f1c2a4e8b7d4c6e9a1b2c3d4e5f6a7b", "3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7", "x"})
    void a_malformed_contract_id_is_refused_on_the_contratId_field(String contratId) {
        assertValeurInvalide("identifiant.invalide", "contratId", () -> FiltreSalaries.de(null, contratId, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "FRA", "1"})
    void an_unknown_country_is_refused_on_the_paysExpatriation_field(String pays) {
        assertValeurInvalide("pays.invalide", "paysExpatriation", () -> FiltreSalaries.de(null, null, pays));
    }
}
