package fr.espaceentreprise.domain.cotisation;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.ContratId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppelDeCotisationTest {

    private static final LocalDate ECHEANCE = LocalDate.of(2024, 4, 15);

    private static Montant euros(String euros) {
        return Montant.euros(euros);
    }

    private static LocalDate le(String date) {
        return LocalDate.parse(date);
    }

    @Nested
    class Emission {

        @Test
        void an_issued_call_is_unpaid_and_keeps_its_terms() {
            AppelDeCotisationId id = AppelDeCotisationId.nouveau();
            ContratId contrat = ContratId.nouveau();
            Periode trimestre = Periode.trimestre(2024, 1);

            AppelDeCotisation appel = AppelDeCotisation.emettre(id, contrat, new NumeroQuittance("Q-2024-000001"),
                    trimestre, ECHEANCE, euros("1500"));

            assertEquals(id, appel.id());
            assertEquals(contrat, appel.contratId());
            assertEquals(new NumeroQuittance("Q-2024-000001"), appel.numeroQuittance());
            assertEquals(trimestre, appel.periode());
            assertEquals(ECHEANCE, appel.echeance());
            assertEquals(euros("1500"), appel.montantAppele());
            assertEquals(List.of(), appel.paiements());
            assertEquals(Montant.ZERO, appel.montantPaye());
            assertEquals(euros("1500"), appel.montantRestant());
        }

        @Test
        void a_call_covers_a_closed_period() {
            assertValeurInvalide("cotisation.periode.ouverte", "periode",
                    () -> UnAppelDeCotisation.parDefaut().periode(Periode.depuis(le("2024-01-01"))).build());
        }

        @Test
        void a_call_asks_for_more_than_nothing() {
            assertValeurInvalide("cotisation.montantAppele.invalide", "montantAppele",
                    () -> UnAppelDeCotisation.parDefaut().montantAppele("0").build());
        }

        @Test
        void a_call_needs_all_its_terms() {
            ContratId contrat = ContratId.nouveau();
            NumeroQuittance quittance = new NumeroQuittance("Q-2024-000001");
            Periode periode = Periode.trimestre(2024, 1);
            Montant montant = euros("1500");
            assertValeurInvalide("champ.obligatoire", "id",
                    () -> AppelDeCotisation.emettre(null, contrat, quittance, periode, ECHEANCE, montant));
            assertValeurInvalide("champ.obligatoire", "contratId", () -> AppelDeCotisation.emettre(
                    AppelDeCotisationId.nouveau(), null, quittance, periode, ECHEANCE, montant));
            assertValeurInvalide("champ.obligatoire", "numeroQuittance", () -> AppelDeCotisation.emettre(
                    AppelDeCotisationId.nouveau(), contrat, null, periode, ECHEANCE, montant));
            assertValeurInvalide("champ.obligatoire", "periode", () -> AppelDeCotisation.emettre(
                    AppelDeCotisationId.nouveau(), contrat, quittance, null, ECHEANCE, montant));
            assertValeurInvalide("champ.obligatoire", "echeance", () -> AppelDeCotisation.emettre(
                    AppelDeCotisationId.nouveau(), contrat, quittance, periode, null, montant));
            assertValeurInvalide("champ.obligatoire", "montantAppele", () -> AppelDeCotisation.emettre(
                    AppelDeCotisationId.nouveau(), contrat, quittance, periode, ECHEANCE, null));
        }

        @Test
        void a_rehydrated_call_keeps_its_payments() {
            List<Paiement> paiements = List.of(new Paiement(le("2024-04-01"), euros("500"), "VIR-1"));

            AppelDeCotisation appel = AppelDeCotisation.rehydrater(AppelDeCotisationId.nouveau(), ContratId.nouveau(),
                    new NumeroQuittance("Q-2024-000001"), Periode.trimestre(2024, 1), ECHEANCE, euros("1500"),
                    paiements);

            assertEquals(paiements, appel.paiements());
            assertEquals(euros("1000"), appel.montantRestant());
        }
    }

    @Nested
    class Paiements {

        @Test
        void a_partial_payment_lowers_what_remains() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().montantAppele("1500").build();

            appel.enregistrerPaiement(new Paiement(le("2024-04-01"), euros("400,50"), "VIR-1"));

            assertEquals(euros("400,50"), appel.montantPaye());
            assertEquals(euros("1099,50"), appel.montantRestant());
            assertEquals(List.of(new Paiement(le("2024-04-01"), euros("400,50"), "VIR-1")), appel.paiements());
        }

        @Test
        void payments_add_up_to_exactly_the_amount_called() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().montantAppele("1500").build();

            appel.enregistrerPaiement(new Paiement(le("2024-04-01"), euros("1000"), null));
            appel.enregistrerPaiement(new Paiement(le("2024-04-10"), euros("500"), null));

            assertEquals(euros("1500"), appel.montantPaye());
            assertEquals(Montant.ZERO, appel.montantRestant());
        }

        @Test
        void a_payment_larger_than_the_amount_called_is_refused() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().montantAppele("1500").build();

            RegleMetierException erreur = assertRegleMetier("cotisation.paiement.excedentaire",
                    () -> appel.enregistrerPaiement(new Paiement(le("2024-04-01"), euros("1500,01"), null)));

            assertEquals(Optional.of("montant"), erreur.champ());
            assertEquals(Map.of("restant", 150_000L), erreur.parametres());
            assertEquals(List.of(), appel.paiements());
        }

        @Test
        void a_payment_larger_than_what_remains_is_refused_and_changes_nothing() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().montantAppele("1500")
                    .payeLe(le("2024-04-01"), "1000").build();

            RegleMetierException erreur = assertRegleMetier("cotisation.paiement.excedentaire",
                    () -> appel.enregistrerPaiement(new Paiement(le("2024-04-05"), euros("500,01"), null)));

            assertEquals(Map.of("restant", 50_000L), erreur.parametres());
            assertEquals(euros("1000"), appel.montantPaye());
            assertEquals(1, appel.paiements().size());
        }

        @Test
        void no_payment_is_accepted_once_the_call_is_settled() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().soldeLe(le("2024-04-01")).build();

            assertRegleMetier("cotisation.paiement.excedentaire",
                    () -> appel.enregistrerPaiement(new Paiement(le("2024-04-05"), Montant.centimes(1), null)));
        }

        @Test
        void the_amounts_at_a_date_ignore_later_payments_and_count_those_of_that_day() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().montantAppele("1500")
                    .payeLe(le("2024-04-01"), "500")
                    .payeLe(le("2024-05-01"), "700")
                    .build();

            assertEquals(Montant.ZERO, appel.montantPayeAu(le("2024-03-31")));
            assertEquals(euros("1500"), appel.montantRestantAu(le("2024-03-31")));
            assertEquals(euros("500"), appel.montantPayeAu(le("2024-04-01")));
            assertEquals(euros("1000"), appel.montantRestantAu(le("2024-04-30")));
            assertEquals(euros("1200"), appel.montantPayeAu(le("2024-05-01")));
            assertEquals(euros("300"), appel.montantRestantAu(le("2024-05-01")));
            assertEquals(euros("1200"), appel.montantPaye());
        }

        @Test
        void the_payments_cannot_be_changed_from_outside() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().payeLe(le("2024-04-01"), "10").build();

            assertThrows(UnsupportedOperationException.class, () -> appel.paiements().clear());
            assertEquals(1, appel.paiements().size());
        }
    }

    @Nested
    class Etat {

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2024-01-01, A_PAYER",
                "2024-04-15, A_PAYER",
                "2024-04-16, EN_RETARD",
                "2025-01-01, EN_RETARD"})
        void an_unpaid_call_is_to_pay_until_its_due_date_then_late(LocalDate date, EtatAppel etat) {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().echeance(ECHEANCE).build();

            assertEquals(etat, appel.etatAu(date));
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2024-04-09, A_PAYER",
                "2024-04-10, PARTIELLEMENT_PAYE",
                "2024-04-15, PARTIELLEMENT_PAYE",
                "2024-04-16, EN_RETARD"})
        void a_partly_paid_call_is_partly_paid_until_its_due_date_then_late(LocalDate date, EtatAppel etat) {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().echeance(ECHEANCE).montantAppele("1500")
                    .payeLe(le("2024-04-10"), "1000").build();

            assertEquals(etat, appel.etatAu(date));
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2024-04-09, A_PAYER",
                "2024-04-10, SOLDE",
                "2030-01-01, SOLDE"})
        void a_call_paid_in_full_is_settled_from_the_day_of_the_last_payment(LocalDate date, EtatAppel etat) {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().echeance(ECHEANCE)
                    .soldeLe(le("2024-04-10")).build();

            assertEquals(etat, appel.etatAu(date));
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2024-04-15, PARTIELLEMENT_PAYE",
                "2024-04-16, EN_RETARD",
                "2024-05-19, EN_RETARD",
                "2024-05-20, SOLDE"})
        void a_call_settled_late_is_late_until_the_day_it_is_settled(LocalDate date, EtatAppel etat) {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().echeance(ECHEANCE).montantAppele("1500")
                    .payeLe(le("2024-04-01"), "500")
                    .soldeLe(le("2024-05-20"))
                    .build();

            assertEquals(etat, appel.etatAu(date));
        }

        @Test
        void the_state_at_a_date_ignores_payments_recorded_with_a_later_date() {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().echeance(ECHEANCE).build();
            appel.enregistrerPaiement(new Paiement(le("2024-06-01"), appel.montantAppele(), null));

            assertEquals(EtatAppel.A_PAYER, appel.etatAu(le("2024-04-01")));
            assertEquals(EtatAppel.EN_RETARD, appel.etatAu(le("2024-05-31")));
            assertEquals(EtatAppel.SOLDE, appel.etatAu(le("2024-06-01")));
        }
    }
}
