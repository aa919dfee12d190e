package fr.espaceentreprise.domain.contrat;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContratTest {

    private static final LocalDate EFFET = LocalDate.of(2024, 1, 1);
    private static final LocalDate FIN = LocalDate.of(2024, 12, 31);

    private static LocalDate le(String date) {
        return LocalDate.parse(date);
    }

    @Nested
    class Souscription {

        @Test
        void a_subscribed_contract_runs_from_its_effect_date_without_end_nor_options() {
            ContratId id = ContratId.nouveau();
            EntrepriseId entreprise = EntrepriseId.nouveau();

            Contrat contrat = Contrat.souscrire(id, new NumeroContrat("CT-2024-0001"), entreprise,
                    Organisme.HUMANIS_PREVOYANCE, Garantie.PREVOYANCE_DECES_INVALIDITE, EFFET);

            assertEquals(id, contrat.id());
            assertEquals(new NumeroContrat("CT-2024-0001"), contrat.numero());
            assertEquals(entreprise, contrat.entrepriseId());
            assertEquals(Organisme.HUMANIS_PREVOYANCE, contrat.organisme());
            assertEquals(Garantie.PREVOYANCE_DECES_INVALIDITE, contrat.garantie());
            assertEquals(EFFET, contrat.dateEffet());
            assertEquals(Optional.empty(), contrat.dateFin());
            assertEquals(Optional.empty(), contrat.finDeRelation());
            assertEquals(List.of(), contrat.options());
        }

        static Stream<Arguments> garantiesEtAutresOrganismes() {
            return Arrays.stream(Garantie.values()).flatMap(garantie -> Arrays.stream(Organisme.values())
                    .filter(organisme -> organisme != garantie.organisme())
                    .map(organisme -> Arguments.of(garantie, organisme)));
        }

        @ParameterizedTest(name = "{0} with {1}")
        @MethodSource("garantiesEtAutresOrganismes")
        void a_plan_cannot_be_subscribed_with_an_insurer_that_does_not_offer_it(Garantie garantie,
                                                                                Organisme organisme) {
            RegleMetierException erreur = assertRegleMetier("contrat.garantie.organisme",
                    () -> UnContrat.actif().garantie(garantie).organisme(organisme).build());
            assertEquals(Optional.of("garantie"), erreur.champ());
        }

        @ParameterizedTest
        @EnumSource(Garantie.class)
        void every_plan_can_be_subscribed_with_its_insurer(Garantie garantie) {
            Contrat contrat = UnContrat.actif().garantie(garantie).build();

            assertEquals(garantie, contrat.garantie());
            assertEquals(garantie.organisme(), contrat.organisme());
        }

        @Test
        void a_contract_needs_all_its_terms() {
            NumeroContrat numero = new NumeroContrat("CT-2024-0001");
            EntrepriseId entreprise = EntrepriseId.nouveau();
            Organisme organisme = Organisme.HUMANIS_ASSURANCES;
            Garantie garantie = Garantie.SANTE_EXPAT_CFE_CONFORT;
            assertValeurInvalide("champ.obligatoire", "id",
                    () -> Contrat.souscrire(null, numero, entreprise, organisme, garantie, EFFET));
            assertValeurInvalide("champ.obligatoire", "numeroContrat",
                    () -> Contrat.souscrire(ContratId.nouveau(), null, entreprise, organisme, garantie, EFFET));
            assertValeurInvalide("champ.obligatoire", "entrepriseId",
                    () -> Contrat.souscrire(ContratId.nouveau(), numero, null, organisme, garantie, EFFET));
            assertValeurInvalide("champ.obligatoire", "organisme",
                    () -> Contrat.souscrire(ContratId.nouveau(), numero, entreprise, null, garantie, EFFET));
            assertValeurInvalide("champ.obligatoire", "garantie",
                    () -> Contrat.souscrire(ContratId.nouveau(), numero, entreprise, organisme, null, EFFET));
            assertValeurInvalide("champ.obligatoire", "dateEffet",
                    () -> Contrat.souscrire(ContratId.nouveau(), numero, entreprise, organisme, garantie, null));
        }

        @Test
        void a_rehydrated_contract_is_the_stored_one() {
            ContratId id = ContratId.nouveau();
            EntrepriseId entreprise = EntrepriseId.nouveau();
            List<OptionContrat> options = List.of(
                    new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, FIN)));

            Contrat contrat = Contrat.rehydrater(id, new NumeroContrat("CT-2024-0002"), entreprise,
                    Organisme.HUMANIS_ASSURANCES, Garantie.SANTE_EXPAT_PREMIER_EURO, null, options, EFFET, FIN);

            assertEquals(id, contrat.id());
            assertEquals(entreprise, contrat.entrepriseId());
            assertEquals(Garantie.SANTE_EXPAT_PREMIER_EURO, contrat.garantie());
            assertEquals(options, contrat.options());
            assertEquals(Optional.of(FIN), contrat.dateFin());
        }
    }

    @Nested
    class Activite {

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2023-12-31, false",
                "2024-01-01, true",
                "2024-07-14, true",
                "2099-12-31, true"})
        void an_open_contract_is_in_force_from_its_effect_date_on(LocalDate date, boolean actif) {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).build();

            assertEquals(actif, contrat.estActifLe(date));
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2023-12-31, false",
                "2024-01-01, true",
                "2024-12-31, true",
                "2025-01-01, false"})
        void a_terminated_contract_is_in_force_up_to_its_end_date_included(LocalDate date, boolean actif) {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).resilieLe(FIN).build();

            assertEquals(actif, contrat.estActifLe(date));
        }
    }

    @Nested
    class Options {

        @Test
        void an_added_option_runs_from_its_own_start_while_the_contract_runs() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).build();

            contrat.ajouterOption(CodeOption.DENTAIRE_RENFORCE, le("2024-03-01"));

            assertEquals(List.of(new OptionContrat(CodeOption.DENTAIRE_RENFORCE, Periode.depuis(le("2024-03-01")))),
                    contrat.options());
            assertEquals(List.of(), contrat.optionsActivesLe(le("2024-02-29")));
            assertEquals(1, contrat.optionsActivesLe(le("2024-03-01")).size());
        }

        @Test
        void an_option_can_start_on_the_effect_date() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).build();

            contrat.ajouterOption(CodeOption.MATERNITE, EFFET);

            assertEquals(1, contrat.optionsActivesLe(EFFET).size());
        }

        @Test
        void each_option_is_active_at_its_own_dates() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET)
                    .avecOption(CodeOption.OPTIQUE_RENFORCE, le("2024-02-01"))
                    .avecOption(CodeOption.MEDECINES_DOUCES, le("2024-06-01"))
                    .build();
            contrat.retirerOption(CodeOption.OPTIQUE_RENFORCE, le("2024-08-31"));

            assertEquals(List.of(), codesActifsLe(contrat, "2024-01-31"));
            assertEquals(List.of(CodeOption.OPTIQUE_RENFORCE), codesActifsLe(contrat, "2024-02-01"));
            assertEquals(List.of(CodeOption.OPTIQUE_RENFORCE, CodeOption.MEDECINES_DOUCES),
                    codesActifsLe(contrat, "2024-06-01"));
            assertEquals(List.of(CodeOption.OPTIQUE_RENFORCE, CodeOption.MEDECINES_DOUCES),
                    codesActifsLe(contrat, "2024-08-31"));
            assertEquals(List.of(CodeOption.MEDECINES_DOUCES), codesActifsLe(contrat, "2024-09-01"));
        }

        @ParameterizedTest
        @CsvSource({"2023-12-31", "2025-01-01"})
        void an_option_cannot_start_outside_the_contract_dates(LocalDate debut) {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).resilieLe(FIN).build();

            RegleMetierException erreur = assertRegleMetier("contrat.option.hors_periode",
                    () -> contrat.ajouterOption(CodeOption.MATERNITE, debut));
            assertEquals(Optional.of("dateEffet"), erreur.champ());
            assertEquals(List.of(), contrat.options());
        }

        @Test
        void an_option_added_to_a_terminated_contract_ends_with_it() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).resilieLe(FIN).build();

            contrat.ajouterOption(CodeOption.MATERNITE, le("2024-06-01"));

            assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(le("2024-06-01"), FIN))),
                    contrat.options());
        }

        @Test
        void the_same_option_cannot_be_added_while_it_is_active() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).avecOption(CodeOption.MATERNITE, EFFET).build();

            assertRegleMetier("contrat.option.deja_active",
                    () -> contrat.ajouterOption(CodeOption.MATERNITE, le("2024-05-01")));
            assertEquals(1, contrat.options().size());
        }

        @Test
        void the_same_option_cannot_be_added_before_one_that_starts_later() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).avecOption(CodeOption.MATERNITE, le("2024-09-01"))
                    .build();

            assertRegleMetier("contrat.option.deja_active",
                    () -> contrat.ajouterOption(CodeOption.MATERNITE, le("2024-05-01")));
        }

        @Test
        void another_option_can_be_added_while_one_is_active() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).avecOption(CodeOption.MATERNITE, EFFET).build();

            contrat.ajouterOption(CodeOption.DENTAIRE_RENFORCE, le("2024-05-01"));

            assertEquals(2, contrat.optionsActivesLe(le("2024-05-01")).size());
        }

        @Test
        void an_option_can_be_taken_again_after_it_ended() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).avecOption(CodeOption.MATERNITE, EFFET).build();
            contrat.retirerOption(CodeOption.MATERNITE, le("2024-03-31"));

            contrat.ajouterOption(CodeOption.MATERNITE, le("2024-04-01"));

            assertEquals(List.of(
                            new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, le("2024-03-31"))),
                            new OptionContrat(CodeOption.MATERNITE, Periode.depuis(le("2024-04-01")))),
                    contrat.options());
        }

        @Test
        void a_withdrawn_option_is_active_up_to_its_last_day_included() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).avecOption(CodeOption.MATERNITE, EFFET).build();

            contrat.retirerOption(CodeOption.MATERNITE, le("2024-06-30"));

            assertEquals(1, contrat.optionsActivesLe(le("2024-06-30")).size());
            assertEquals(List.of(), contrat.optionsActivesLe(le("2024-07-01")));
            assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, le("2024-06-30")))),
                    contrat.options());
        }

        @Test
        void an_option_can_be_withdrawn_earlier_than_planned() {
            Contrat contrat = Contrat.rehydrater(ContratId.nouveau(), new NumeroContrat("CT-2024-0003"),
                    EntrepriseId.nouveau(), Organisme.HUMANIS_ASSURANCES, Garantie.SANTE_EXPAT_CFE_CONFORT, null,
                    List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, FIN))), EFFET, null);

            contrat.retirerOption(CodeOption.MATERNITE, le("2024-06-30"));

            assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, le("2024-06-30")))),
                    contrat.options());
        }

        @Test
        void an_option_that_is_not_active_on_that_day_cannot_be_withdrawn() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).avecOption(CodeOption.MATERNITE, le("2024-06-01"))
                    .build();

            RegleMetierException avantSonDebut = assertRegleMetier("contrat.option.inactive",
                    () -> contrat.retirerOption(CodeOption.MATERNITE, le("2024-05-31")));
            assertEquals(Optional.of("codeOption"), avantSonDebut.champ());
            assertRegleMetier("contrat.option.inactive",
                    () -> contrat.retirerOption(CodeOption.DENTAIRE_RENFORCE, le("2024-07-01")));
            assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE, Periode.depuis(le("2024-06-01")))),
                    contrat.options());
        }

        @Test
        void the_options_cannot_be_changed_from_outside() {
            Contrat contrat = UnContrat.actif().avecOption(CodeOption.MATERNITE, EFFET).build();

            assertThrows(UnsupportedOperationException.class, () -> contrat.options().clear());
            assertThrows(UnsupportedOperationException.class, () -> contrat.optionsActivesLe(EFFET).clear());
            assertEquals(1, contrat.options().size());
        }

        private List<CodeOption> codesActifsLe(Contrat contrat, String date) {
            return contrat.optionsActivesLe(le(date)).stream().map(OptionContrat::code).toList();
        }
    }

    @Nested
    class ChangementDeGarantie {

        @Test
        void a_plan_chosen_for_a_later_day_waits_for_that_day() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_ESSENTIEL).build();

            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-07-01"), le("2024-06-15"));

            assertEquals(Garantie.SANTE_EXPAT_CFE_ESSENTIEL, contrat.garantie());
            assertEquals(Optional.of(new GarantieProgrammee(Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-07-01"))),
                    contrat.garantieProgrammee());
            assertEquals(Garantie.SANTE_EXPAT_CFE_ESSENTIEL, contrat.garantieAu(le("2024-06-30")));
            assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, contrat.garantieAu(le("2024-07-01")));
        }

        @Test
        void the_waiting_plan_becomes_the_contracts_plan_on_its_day_not_before() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_ESSENTIEL).build();
            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-07-01"), le("2024-06-15"));

            contrat.appliquerGarantieProgrammee(le("2024-06-30"));
            assertEquals(Garantie.SANTE_EXPAT_CFE_ESSENTIEL, contrat.garantie());

            contrat.appliquerGarantieProgrammee(le("2024-07-01"));
            assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, contrat.garantie());
            assertEquals(Optional.empty(), contrat.garantieProgrammee());
        }

        @Test
        void the_latest_decision_replaces_a_plan_still_waiting() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_ESSENTIEL).build();
            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-09-01"), le("2024-06-15"));

            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_CONFORT, le("2024-07-01"), le("2024-06-16"));

            assertEquals(Optional.of(new GarantieProgrammee(Garantie.SANTE_EXPAT_CFE_CONFORT, le("2024-07-01"))),
                    contrat.garantieProgrammee());
        }

        @Test
        void a_retroactive_change_applies_at_once_and_drops_a_plan_waiting() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_ESSENTIEL).build();
            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-09-01"), le("2024-06-15"));

            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_CONFORT, le("2024-06-01"), le("2024-06-16"));

            assertEquals(Garantie.SANTE_EXPAT_CFE_CONFORT, contrat.garantie());
            assertEquals(Optional.empty(), contrat.garantieProgrammee());
        }

        @Test
        void choosing_again_the_plan_already_waiting_for_that_day_is_no_change() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_ESSENTIEL).build();
            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-07-01"), le("2024-06-15"));

            assertRegleMetier("contrat.garantie.inchangee", () -> contrat.changerGarantie(
                    Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-08-01"), le("2024-06-16")));
        }

        @Test
        void the_plan_can_be_switched_to_another_one_of_the_same_insurer() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_ESSENTIEL).build();

            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, le("2024-07-01"), FIN);

            assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, contrat.garantie());
            assertEquals(Organisme.HUMANIS_ASSURANCES, contrat.organisme());
        }

        @Test
        void the_plan_cannot_be_switched_to_one_of_another_insurer() {
            Contrat contrat = UnContrat.actif().garantie(Garantie.SANTE_EXPAT_CFE_ESSENTIEL).build();

            assertRegleMetier("contrat.garantie.organisme",
                    () -> contrat.changerGarantie(Garantie.PREVOYANCE_DECES_INVALIDITE, le("2024-07-01"), FIN));
            assertEquals(Garantie.SANTE_EXPAT_CFE_ESSENTIEL, contrat.garantie());
        }

        @Test
        void the_plan_cannot_be_switched_to_itself() {
            Contrat contrat = UnContrat.actif().garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).build();

            RegleMetierException erreur = assertRegleMetier("contrat.garantie.inchangee",
                    () -> contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_CONFORT, le("2024-07-01"), FIN));
            assertEquals(Optional.of("garantie"), erreur.champ());
        }

        @ParameterizedTest(name = "effective {0}")
        @CsvSource({"2023-12-31", "2025-01-01"})
        void the_plan_cannot_be_switched_on_a_day_the_contract_is_not_in_force(LocalDate dateEffet) {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).resilieLe(FIN)
                    .garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).build();

            RegleMetierException erreur = assertRegleMetier("contrat.inactif",
                    () -> contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, dateEffet, FIN));
            assertEquals(Optional.of("dateEffet"), erreur.champ());
            assertEquals(Garantie.SANTE_EXPAT_CFE_CONFORT, contrat.garantie());
        }

        @ParameterizedTest(name = "effective {0}")
        @CsvSource({"2024-01-01", "2024-12-31"})
        void the_plan_can_be_switched_on_the_first_and_the_last_day_of_the_contract(LocalDate dateEffet) {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).resilieLe(FIN)
                    .garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).build();

            contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, dateEffet, FIN);

            assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, contrat.garantie());
        }
    }

    @Nested
    class Resiliation {

        @Test
        void a_terminated_contract_has_its_end_date_as_end_of_relation() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).build();

            contrat.resilier(FIN);

            assertEquals(Optional.of(FIN), contrat.dateFin());
            assertEquals(Optional.of(FIN), contrat.finDeRelation());
        }

        @Test
        void a_contract_can_be_terminated_on_its_effect_date() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).build();

            contrat.resilier(EFFET);

            assertTrue(contrat.estActifLe(EFFET));
            assertFalse(contrat.estActifLe(EFFET.plusDays(1)));
        }

        @Test
        void a_contract_cannot_end_before_its_effect_date() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).build();

            assertValeurInvalide("periode.invalide", "dateFin", () -> contrat.resilier(EFFET.minusDays(1)));
            assertEquals(Optional.empty(), contrat.dateFin());
        }

        @Test
        void a_terminated_contract_cannot_be_terminated_again() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).resilieLe(FIN).build();

            assertRegleMetier("contrat.deja_resilie", () -> contrat.resilier(FIN.minusMonths(1)));
            assertEquals(Optional.of(FIN), contrat.dateFin());
        }

        @Test
        void termination_ends_the_open_options_on_the_same_day() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET)
                    .avecOption(CodeOption.MATERNITE, EFFET)
                    .avecOption(CodeOption.RAPATRIEMENT_SANITAIRE, le("2024-06-01"))
                    .build();

            contrat.resilier(FIN);

            assertEquals(List.of(
                            new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, FIN)),
                            new OptionContrat(CodeOption.RAPATRIEMENT_SANITAIRE, new Periode(le("2024-06-01"), FIN))),
                    contrat.options());
            assertEquals(List.of(), contrat.optionsActivesLe(FIN.plusDays(1)));
        }

        @Test
        void termination_keeps_the_options_that_ended_before() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET).avecOption(CodeOption.MATERNITE, EFFET).build();
            contrat.retirerOption(CodeOption.MATERNITE, le("2024-03-31"));

            contrat.resilier(FIN);

            assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, le("2024-03-31")))),
                    contrat.options());
        }

        @Test
        void termination_shortens_an_option_planned_to_end_later() {
            Contrat contrat = Contrat.rehydrater(ContratId.nouveau(), new NumeroContrat("CT-2024-0004"),
                    EntrepriseId.nouveau(), Organisme.HUMANIS_ASSURANCES, Garantie.SANTE_EXPAT_CFE_CONFORT, null,
                    List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, le("2025-06-30")))),
                    EFFET, null);

            contrat.resilier(FIN);

            assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, FIN))),
                    contrat.options());
        }

        @Test
        void termination_drops_an_option_that_would_only_have_started_after_it() {
            Contrat contrat = UnContrat.actif().effetLe(EFFET)
                    .avecOption(CodeOption.MATERNITE, EFFET)
                    .avecOption(CodeOption.DENTAIRE_RENFORCE, le("2024-11-01"))
                    .build();

            contrat.resilier(le("2024-10-31"));

            assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE, new Periode(EFFET, le("2024-10-31")))),
                    contrat.options());
        }
    }
}
