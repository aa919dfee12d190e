package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodeTest {

    private static final LocalDate DEBUT = LocalDate.of(2024, 3, 1);
    private static final LocalDate FIN = LocalDate.of(2024, 3, 31);
    private static final Periode MARS = new Periode(DEBUT, FIN);

    @Test
    void may_last_a_single_day() {
        Periode jour = new Periode(DEBUT, DEBUT);

        assertTrue(jour.contient(DEBUT));
        assertFalse(jour.contient(DEBUT.plusDays(1)));
    }

    @Test
    void cannot_end_before_it_starts() {
        assertValeurInvalide("periode.invalide", "dateFin", () -> new Periode(DEBUT, DEBUT.minusDays(1)));
    }

    @Test
    void needs_a_start() {
        assertValeurInvalide("champ.obligatoire", "dateDebut", () -> new Periode(null, FIN));
    }

    @Test
    void without_an_end_it_is_open() {
        Periode ouverte = Periode.depuis(DEBUT);

        assertTrue(ouverte.estOuverte());
        assertNull(ouverte.fin());
        assertFalse(MARS.estOuverte());
    }

    @Test
    void contains_both_of_its_ends() {
        assertTrue(MARS.contient(DEBUT));
        assertTrue(MARS.contient(LocalDate.of(2024, 3, 15)));
        assertTrue(MARS.contient(FIN));
        assertFalse(MARS.contient(DEBUT.minusDays(1)));
        assertFalse(MARS.contient(FIN.plusDays(1)));
    }

    @Test
    void an_open_period_contains_every_day_from_its_start() {
        Periode ouverte = Periode.depuis(DEBUT);

        assertTrue(ouverte.contient(DEBUT));
        assertTrue(ouverte.contient(LocalDate.of(2999, 12, 31)));
        assertFalse(ouverte.contient(DEBUT.minusDays(1)));
    }

    @ParameterizedTest(name = "[{0} .. {1}] overlaps [2024-03-01 .. 2024-03-31]: {2}")
    @CsvSource({
            "2024-02-01, 2024-02-29, false",
            "2024-02-01, 2024-03-01, true",
            "2024-02-01, 2024-03-10, true",
            "2024-03-05, 2024-03-10, true",
            "2024-02-01, 2024-04-30, true",
            "2024-03-31, 2024-04-30, true",
            "2024-04-01, 2024-04-30, false",
            "2024-03-01, 2024-03-31, true",
            "2024-01-01,           , true",
            "2024-03-31,           , true",
            "2024-04-01,           , false"})
    void overlaps_when_the_periods_share_at_least_one_day(LocalDate debut, LocalDate fin, boolean chevauche) {
        Periode autre = new Periode(debut, fin);

        assertEquals(chevauche, MARS.chevauche(autre));
        assertEquals(chevauche, autre.chevauche(MARS));
    }

    @Test
    void two_open_periods_always_overlap() {
        assertTrue(Periode.depuis(DEBUT).chevauche(Periode.depuis(DEBUT.plusYears(10))));
    }

    @Test
    void is_over_before_a_date_after_its_last_day() {
        assertFalse(MARS.estTermineeAvant(FIN));
        assertTrue(MARS.estTermineeAvant(FIN.plusDays(1)));
        assertFalse(MARS.estTermineeAvant(DEBUT));
        assertFalse(Periode.depuis(DEBUT).estTermineeAvant(LocalDate.of(2999, 1, 1)));
    }

    @Test
    void ends_on_a_given_day() {
        Periode terminee = Periode.depuis(DEBUT).terminerLe(FIN);

        assertEquals(MARS, terminee);
        assertEquals(new Periode(DEBUT, DEBUT), Periode.depuis(DEBUT).terminerLe(DEBUT));
    }

    @Test
    void cannot_end_before_its_start() {
        assertValeurInvalide("periode.invalide", "dateFin", () -> Periode.depuis(DEBUT).terminerLe(DEBUT.minusDays(1)));
    }

    @Test
    void ending_needs_a_date() {
        assertValeurInvalide("champ.obligatoire", "dateFin", () -> Periode.depuis(DEBUT).terminerLe(null));
    }

    @Test
    void ending_leaves_the_original_unchanged() {
        Periode ouverte = Periode.depuis(DEBUT);
        ouverte.terminerLe(FIN);

        assertTrue(ouverte.estOuverte());
    }

    @ParameterizedTest
    @CsvSource({"2024-02, 2024-02-01, 2024-02-29", "2023-02, 2023-02-01, 2023-02-28", "2024-12, 2024-12-01, 2024-12-31"})
    void a_month_runs_from_its_first_to_its_last_day(YearMonth mois, LocalDate debut, LocalDate fin) {
        assertEquals(new Periode(debut, fin), Periode.mois(mois));
    }

    @ParameterizedTest
    @CsvSource({"1, 2024-01-01, 2024-03-31", "2, 2024-04-01, 2024-06-30", "3, 2024-07-01, 2024-09-30",
            "4, 2024-10-01, 2024-12-31"})
    void a_quarter_covers_three_whole_months(int trimestre, LocalDate debut, LocalDate fin) {
        assertEquals(new Periode(debut, fin), Periode.trimestre(2024, trimestre));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void a_quarter_is_numbered_1_to_4(int trimestre) {
        assertValeurInvalide("periode.invalide", "trimestre", () -> Periode.trimestre(2024, trimestre));
    }
}
