package fr.espaceentreprise.domain.salarie;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class AttestationTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 2);
    private static final Instant MAINTENANT = Instant.parse("2026-03-02T09:30:00Z");
    private static final CodeVerification CODE = new CodeVerification("7K3M9QXR2T5VW8YZ0A1B");

    private final Entreprise entreprise = UneEntreprise.nommee("Expat Conseil SAS").build();
    private final Contrat sante = UnContrat.de(entreprise.id()).numero("CT-SANTE-01")
            .effetLe(LocalDate.of(2024, 1, 1)).build();
    private final Contrat prevoyance = UnContrat.de(entreprise.id()).numero("CT-PREV-01")
            .garantie(Garantie.PREVOYANCE_DECES_INVALIDITE).effetLe(LocalDate.of(2023, 1, 1)).build();
    private final Contrat autre = UnContrat.de(entreprise.id()).numero("CT-AUTRE-01")
            .effetLe(LocalDate.of(2022, 1, 1)).build();

    private static Map<ContratId, Contrat> visibles(Contrat... contrats) {
        return Stream.of(contrats).collect(Collectors.toMap(Contrat::id, Function.identity()));
    }

    private Attestation delivrer(Salarie salarie, Contrat... contratsVisibles) {
        return Attestation.delivrer(CODE, salarie, entreprise, visibles(contratsVisibles), AUJOURDHUI, MAINTENANT);
    }

    @Test
    void the_attestation_prints_who_for_which_entreprise_when_and_each_affiliation_with_its_contract() {
        Salarie salarie = UnSalarie.nomme("Wróbel").prenomme("Łukasz").neLe(LocalDate.of(1988, 5, 17))
                .affilieA(sante, LocalDate.of(2024, 2, 1)).build();

        Attestation attestation = delivrer(salarie, sante);

        assertEquals(CODE, attestation.code());
        assertEquals(salarie.id(), attestation.salarieId());
        assertEquals(entreprise.numeroAdherent(), attestation.numeroAdherentEntreprise());
        assertEquals("Expat Conseil SAS", attestation.raisonSociale());
        assertEquals("Wróbel", attestation.nom());
        assertEquals("Łukasz", attestation.prenom());
        assertEquals(LocalDate.of(1988, 5, 17), attestation.dateNaissance());
        assertEquals(AUJOURDHUI, attestation.dateEmission());
        assertEquals(MAINTENANT, attestation.emiseLe());
        Affiliation affiliation = salarie.affiliations().get(0);
        assertEquals(List.of(new LigneAttestation(affiliation.id(), sante.numero(), sante.organisme(),
                sante.garantie(), LocalDate.of(2024, 2, 1))), attestation.lignes());
    }

    @Test
    void only_affiliations_to_the_contracts_given_are_certified() {
        Salarie salarie = UnSalarie.quelconque().affilieA(sante).affilieA(autre).build();

        Attestation attestation = delivrer(salarie, sante);

        assertEquals(List.of(sante.numero()), numeros(attestation));
    }

    @Test
    void ended_affiliations_are_left_out_but_one_ending_today_still_counts() {
        Salarie salarie = UnSalarie.quelconque()
                .affilieA(sante).radieDe(sante, AUJOURDHUI.minusDays(1))
                .affilieA(prevoyance).radieDe(prevoyance, AUJOURDHUI)
                .affilieA(autre)
                .build();

        Attestation attestation = delivrer(salarie, sante, prevoyance, autre);

        assertEquals(List.of(autre.numero(), prevoyance.numero()), numeros(attestation));
    }

    @Test
    void an_affiliation_starting_later_is_certified() {
        Salarie salarie = UnSalarie.quelconque().affilieA(sante, AUJOURDHUI.plusMonths(1)).build();

        Attestation attestation = delivrer(salarie, sante);

        assertEquals(AUJOURDHUI.plusMonths(1), attestation.lignes().get(0).dateEffet());
    }

    @Test
    void lines_run_from_the_earliest_date_d_effet_then_by_contract_number() {
        Contrat deuxiemeSante = UnContrat.de(entreprise.id()).numero("CT-AAA-01").effetLe(LocalDate.of(2024, 1, 1))
                .build();
        Salarie salarie = UnSalarie.quelconque()
                .affilieA(sante, LocalDate.of(2024, 6, 1))
                .affilieA(prevoyance, LocalDate.of(2025, 1, 1))
                .affilieA(autre, LocalDate.of(2023, 3, 1))
                .affilieA(deuxiemeSante, LocalDate.of(2024, 6, 1))
                .build();

        Attestation attestation = delivrer(salarie, sante, prevoyance, autre, deuxiemeSante);

        assertEquals(List.of(autre.numero(), deuxiemeSante.numero(), sante.numero(), prevoyance.numero()),
                numeros(attestation));
    }

    @Test
    void without_any_affiliation_left_there_is_nothing_to_certify() {
        Salarie radie = UnSalarie.quelconque().affilieA(sante).radieDe(sante, AUJOURDHUI.minusDays(1)).build();
        Salarie horsPerimetre = UnSalarie.quelconque().affilieA(autre).build();
        Salarie jamaisAffilie = UnSalarie.quelconque().de(entreprise.id()).build();

        assertRegleMetier("attestation.aucune_affiliation", () -> delivrer(radie, sante));
        assertRegleMetier("attestation.aucune_affiliation", () -> delivrer(horsPerimetre, sante));
        assertRegleMetier("attestation.aucune_affiliation", () -> delivrer(jamaisAffilie, sante, autre));
    }

    @Test
    void a_salarie_of_another_entreprise_cannot_be_certified_for_this_one() {
        Salarie ailleurs = UnSalarie.quelconque().affilieA(UnContrat.actif().build()).build();

        assertThrows(IllegalArgumentException.class, () -> delivrer(ailleurs, sante));
    }

    @Test
    void every_line_holds_while_the_salarie_is_still_affiliated() {
        Salarie salarie = UnSalarie.quelconque().affilieA(sante).affilieA(prevoyance).build();
        Attestation attestation = delivrer(salarie, sante, prevoyance);

        List<Attestation.EtatLigneAttestation> etats =
                attestation.etatAu(Optional.of(salarie), AUJOURDHUI.plusYears(1));

        assertEquals(attestation.lignes(), etats.stream().map(Attestation.EtatLigneAttestation::ligne).toList());
        assertTrue(etats.stream().allMatch(Attestation.EtatLigneAttestation::valide));
        assertTrue(etats.stream().allMatch(etat -> etat.fin().isEmpty()));
    }

    @Test
    void a_line_whose_affiliation_ended_before_the_check_no_longer_holds_and_tells_its_end() {
        Salarie salarie = UnSalarie.quelconque().affilieA(sante).affilieA(prevoyance).build();
        Attestation attestation = delivrer(salarie, sante, prevoyance);
        LocalDate fin = AUJOURDHUI.plusDays(10);
        salarie.radier(sante.id(), fin);

        Map<Boolean, List<Attestation.EtatLigneAttestation>> leJourDeLaFin = parValidite(
                attestation.etatAu(Optional.of(salarie), fin));
        Map<Boolean, List<Attestation.EtatLigneAttestation>> leLendemain = parValidite(
                attestation.etatAu(Optional.of(salarie), fin.plusDays(1)));

        assertEquals(2, leJourDeLaFin.get(true).size());
        assertEquals(1, leLendemain.get(false).size());
        Attestation.EtatLigneAttestation terminee = leLendemain.get(false).get(0);
        assertEquals(sante.numero(), terminee.ligne().numeroContrat());
        assertEquals(Optional.of(fin), terminee.fin());
        assertEquals(prevoyance.numero(), leLendemain.get(true).get(0).ligne().numeroContrat());
    }

    @Test
    void once_the_salarie_is_removed_no_line_holds() {
        Salarie salarie = UnSalarie.quelconque().affilieA(sante).build();
        Attestation attestation = delivrer(salarie, sante);

        List<Attestation.EtatLigneAttestation> etats = attestation.etatAu(Optional.empty(), AUJOURDHUI);

        assertEquals(1, etats.size());
        assertFalse(etats.get(0).valide());
        assertEquals(Optional.empty(), etats.get(0).fin());
    }

    @Test
    void a_line_whose_affiliation_was_removed_from_the_salarie_no_longer_holds() {
        Salarie salarie = UnSalarie.quelconque().affilieA(sante).build();
        Attestation attestation = delivrer(salarie, sante);
        Salarie sansAffiliation = Salarie.rehydrater(salarie.id(), salarie.entrepriseId(), salarie.nom(),
                salarie.prenom(), salarie.dateNaissance(), null, salarie.paysExpatriation(),
                salarie.salaireReference(), List.of());

        assertFalse(attestation.etatAu(Optional.of(sansAffiliation), AUJOURDHUI).get(0).valide());
    }

    @Test
    void an_attestation_certifies_at_least_one_affiliation() {
        assertThrows(IllegalArgumentException.class, () -> new Attestation(CODE, SalarieId.nouveau(),
                entreprise.numeroAdherent(), "X", "Nom", "Prénom", LocalDate.of(1990, 1, 1), AUJOURDHUI, MAINTENANT,
                List.of()));
    }

    private static List<fr.espaceentreprise.domain.contrat.NumeroContrat> numeros(Attestation attestation) {
        return attestation.lignes().stream().map(LigneAttestation::numeroContrat).toList();
    }

    private static Map<Boolean, List<Attestation.EtatLigneAttestation>> parValidite(
            List<Attestation.EtatLigneAttestation> etats) {
        return etats.stream().collect(Collectors.partitioningBy(Attestation.EtatLigneAttestation::valide));
    }
}
