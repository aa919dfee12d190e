package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegleAccesTest {

    private static final EntrepriseId ENTREPRISE = EntrepriseId.nouveau();
    private static final MandataireId MANDATAIRE = MandataireId.nouveau();
    private static final LocalDate DEBUT = LocalDate.of(2015, 1, 1);

    private static Contrat contrat(LocalDate dateFin) {
        return UnContrat.de(ENTREPRISE).effetLe(DEBUT).resilieLe(dateFin).build();
    }

    private static Mandat mandat(LocalDate fin, Contrat... contrats) {
        return UnMandat.de(MANDATAIRE).sur(contrats).depuis(DEBUT).termineLe(fin).build();
    }

    private static Map<ContratId, Contrat> parId(Contrat... contrats) {
        return Arrays.stream(contrats).collect(Collectors.toMap(Contrat::id, Function.identity()));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the_delay_is_two_years() {
        assertEquals(Period.ofYears(2), RegleAcces.DELAI);
    }

    @Test
    void access_is_open_while_the_relation_has_no_end() {
        assertTrue(RegleAcces.accesOuvert(date("2099-12-31"), Optional.empty()));
    }

    @ParameterizedTest(name = "relation ended {0}, today {1} → open: {2}")
    @CsvSource({
            "2024-03-10, 2024-03-09, true",
            "2024-03-10, 2024-03-10, true",
            "2024-03-10, 2026-03-10, true",   // fin + 2 years: the last open day
            "2024-03-10, 2026-03-11, false",  // the day after
            "2024-03-10, 2030-01-01, false",
            "2024-02-29, 2026-02-28, true",   // fin + 2 years from a 29 February is the 28th
            "2024-02-29, 2026-03-01, false",
            "2022-02-28, 2024-02-28, true",
            "2022-02-28, 2024-02-29, false"})
    void access_stays_open_two_years_after_the_relation_ends_and_not_a_day_more(
            LocalDate fin, LocalDate aujourdhui, boolean ouvert) {
        assertEquals(ouvert, RegleAcces.accesOuvert(aujourdhui, Optional.of(fin)));
    }

    @Test
    void an_entreprise_with_one_open_contrat_has_an_open_relation() {
        List<Contrat> contrats = List.of(contrat(date("2019-12-31")), contrat(null), contrat(date("2020-06-30")));

        assertEquals(Optional.empty(), RegleAcces.finDeRelationEntreprise(contrats));
    }

    @Test
    void an_entreprise_whose_contrats_all_ended_ends_its_relation_with_the_latest() {
        List<Contrat> contrats = List.of(contrat(date("2021-03-31")), contrat(date("2022-06-30")),
                contrat(date("2020-12-31")));

        Optional<LocalDate> fin = RegleAcces.finDeRelationEntreprise(contrats);

        assertEquals(Optional.of(date("2022-06-30")), fin);
        assertTrue(RegleAcces.accesOuvert(date("2024-06-30"), fin));
        assertFalse(RegleAcces.accesOuvert(date("2024-07-01"), fin));
    }

    @Test
    void an_entreprise_without_any_contrat_has_no_access() {
        Optional<LocalDate> fin = RegleAcces.finDeRelationEntreprise(List.of());

        assertEquals(Optional.of(LocalDate.MIN), fin);
        assertFalse(RegleAcces.accesOuvert(date("2024-01-01"), fin));
    }

    @Test
    void a_mandataire_whose_mandat_ended_ends_its_relation_with_the_mandat() {
        Contrat ouvert = contrat(null);

        Optional<LocalDate> fin = RegleAcces.finDeRelationMandataire(
                List.of(mandat(date("2023-09-30"), ouvert)), parId(ouvert));

        assertEquals(Optional.of(date("2023-09-30")), fin);
    }

    @Test
    void a_mandataire_whose_open_mandat_covers_only_terminated_contrats_ends_its_relation_with_the_contrats() {
        Contrat a = contrat(date("2022-12-31"));
        Contrat b = contrat(date("2023-03-31"));

        Optional<LocalDate> fin = RegleAcces.finDeRelationMandataire(List.of(mandat(null, a, b)), parId(a, b));

        assertEquals(Optional.of(date("2023-03-31")), fin);
        assertTrue(RegleAcces.accesOuvert(date("2025-03-31"), fin));
        assertFalse(RegleAcces.accesOuvert(date("2025-04-01"), fin));
    }

    @Test
    void a_mandat_ends_with_the_earlier_of_its_own_end_and_its_contrats_end() {
        Contrat a = contrat(date("2022-12-31"));
        Contrat b = contrat(null);

        Optional<LocalDate> finParLesContrats = RegleAcces.finDeRelationMandataire(
                List.of(mandat(date("2024-01-31"), a)), parId(a));
        Optional<LocalDate> finParLeMandat = RegleAcces.finDeRelationMandataire(
                List.of(mandat(date("2021-06-30"), a)), parId(a));
        Optional<LocalDate> ouverte = RegleAcces.finDeRelationMandataire(List.of(mandat(null, a, b)), parId(a, b));

        assertEquals(Optional.of(date("2022-12-31")), finParLesContrats);
        assertEquals(Optional.of(date("2021-06-30")), finParLeMandat);
        assertEquals(Optional.empty(), ouverte);
    }

    @Test
    void a_mandataire_with_several_mandats_ends_its_relation_with_the_latest_one() {
        Contrat a = contrat(null);
        Contrat b = contrat(date("2023-05-31"));
        Contrat c = contrat(null);

        Optional<LocalDate> fin = RegleAcces.finDeRelationMandataire(
                List.of(mandat(date("2022-01-31"), a), mandat(null, b), mandat(date("2021-12-31"), c)),
                parId(a, b, c));

        assertEquals(Optional.of(date("2023-05-31")), fin);
    }

    @Test
    void a_mandataire_with_one_open_mandat_over_an_open_contrat_has_an_open_relation() {
        Contrat a = contrat(date("2020-01-31"));
        Contrat b = contrat(null);

        Optional<LocalDate> fin = RegleAcces.finDeRelationMandataire(
                List.of(mandat(date("2020-01-31"), a), mandat(null, b)), parId(a, b));

        assertEquals(Optional.empty(), fin);
    }

    @Test
    void a_mandataire_without_any_mandat_has_no_access() {
        Optional<LocalDate> fin = RegleAcces.finDeRelationMandataire(List.of(), Map.of());

        assertEquals(Optional.of(LocalDate.MIN), fin);
        assertFalse(RegleAcces.accesOuvert(date("2024-01-01"), fin));
    }

    @Test
    void a_mandat_none_of_whose_contrats_is_known_gives_no_access() {
        Contrat inconnu = contrat(null);

        Optional<LocalDate> fin = RegleAcces.finDeRelationMandataire(List.of(mandat(null, inconnu)), Map.of());

        assertFalse(RegleAcces.accesOuvert(date("2024-01-01"), fin));
    }
}
