package fr.espaceentreprise.application.cotisation;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;

import java.time.Year;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FiltreAppelsTest {

    private static final String CONTRAT = "3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blank_fields_filter_nothing(String vide) {
        assertEquals(FiltreAppels.AUCUN, FiltreAppels.de(vide, vide, vide));
    }

    @Test
    void the_contract_year_and_state_are_read() {
        FiltreAppels filtre = FiltreAppels.de(CONTRAT, " 2025 ", "en_retard");

        assertEquals(Optional.of(ContratId.de(CONTRAT)), filtre.contratId());
        assertEquals(Optional.of(Year.of(2025)), filtre.annee());
        assertEquals(Optional.of(EtatAppel.EN_RETARD), filtre.etat());
    }

    @ParameterizedTest
    @EnumSource(EtatAppel.class)
    void every_state_is_read_by_its_name(EtatAppel etat) {
        assertEquals(Optional.of(etat), FiltreAppels.de(null, null, etat.name()).etat());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000", "2100"})
    void the_bounds_of_the_years_are_accepted(String annee) {
        assertEquals(Optional.of(Year.parse(annee)), FiltreAppels.de(null, annee, null).annee());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999", "2101", "24", "+2024", "2024.0", "deux mille", "٢٠٢٤", "02024"})
    void a_year_that_is_not_four_digits_from_2000_to_2100_is_refused(String annee) {
        var erreur = assertValeurInvalide("cotisation.annee.invalide", "annee",
                () -> FiltreAppels.de(null, annee, null));
        assertEquals(Map.of("min", 2000, "max", 2100), erreur.parametres());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAYE", "retard", "SOLDÉ", "0"})
    void an_unknown_state_is_refused(String etat) {
        assertValeurInvalide("cotisation.etat.invalide", "etat", () -> FiltreAppels.de(null, null, etat));
    }

    @Test
    void a_malformed_contract_id_is_refused_on_the_contratId_field() {
        assertValeurInvalide("identifiant.invalide", "contratId", () -> FiltreAppels.de("CT-0001", null, null));
    }
}
