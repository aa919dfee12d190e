package fr.espaceentreprise.application.contrat;

import static fr.espaceentreprise.application.consultation.EspaceConsultation.AUJOURDHUI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.GarantieProgrammee;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandataire;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConsulterContratsServiceTest {

    private final EspaceConsultation espace = new EspaceConsultation();
    private final ConsulterContrats consulter = espace.consulterContrats();

    private final Entreprise entreprise = espace.entreprise("Expat Conseil SAS");
    private final Mandataire courtier = espace.mandataire("Courtage Expat");

    private Contrat contrat(String numero, LocalDate effet, LocalDate fin) {
        UnContrat contrat = UnContrat.de(entreprise.id()).numero(numero).effetLe(effet);
        return espace.contrat(fin == null ? contrat : contrat.resilieLe(fin));
    }

    private static void assertIntrouvable(String code, Executable action) {
        assertEquals(code, assertThrows(IntrouvableException.class, action).code());
    }

    @Test
    void contracts_in_force_come_first_then_those_to_come_then_the_ended_ones_each_newest_first() {
        contrat("CT-TERMINE-ANCIEN", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        contrat("CT-ACTIF-ANCIEN", LocalDate.of(2022, 1, 1), null);
        contrat("CT-A-VENIR", AUJOURDHUI.plusMonths(1), null);
        contrat("CT-TERMINE-RECENT", LocalDate.of(2023, 1, 1), AUJOURDHUI.minusDays(1));
        contrat("CT-ACTIF-RECENT", LocalDate.of(2025, 1, 1), AUJOURDHUI);

        List<ContratResume> contrats = consulter.lister(espace.acteurEntreprise(entreprise), entreprise.id());

        assertEquals(List.of("CT-ACTIF-RECENT", "CT-ACTIF-ANCIEN", "CT-A-VENIR", "CT-TERMINE-RECENT",
                "CT-TERMINE-ANCIEN"), contrats.stream().map(c -> c.numero().valeur()).toList());
        assertEquals(List.of(EtatContrat.ACTIF, EtatContrat.ACTIF, EtatContrat.A_VENIR, EtatContrat.TERMINE,
                EtatContrat.TERMINE), contrats.stream().map(ContratResume::etat).toList());
    }

    @Test
    void a_change_of_plan_for_a_later_day_is_shown_beside_the_plan_in_force() {
        Contrat contrat = UnContrat.de(entreprise.id()).numero("CT-SANTE-02").effetLe(LocalDate.of(2024, 1, 1))
                .garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).build();
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, AUJOURDHUI.plusDays(1), AUJOURDHUI);
        espace.contrats.ajouter(contrat);

        ContratResume resume = consulter.consulter(espace.acteurEntreprise(entreprise), contrat.id());

        assertEquals(Garantie.SANTE_EXPAT_CFE_CONFORT, resume.garantie());
        assertEquals(Optional.of(new GarantieProgrammee(Garantie.SANTE_EXPAT_CFE_INTEGRAL, AUJOURDHUI.plusDays(1))),
                resume.garantieProgrammee());
    }

    @Test
    void on_its_day_the_new_plan_is_shown_even_before_the_scheduled_job_stored_it() {
        Contrat contrat = UnContrat.de(entreprise.id()).numero("CT-SANTE-03").effetLe(LocalDate.of(2024, 1, 1))
                .garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).build();
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, AUJOURDHUI, AUJOURDHUI.minusDays(10));
        espace.contrats.ajouter(contrat);

        ContratResume resume = consulter.consulter(espace.acteurEntreprise(entreprise), contrat.id());

        assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, resume.garantie());
        assertEquals(Optional.empty(), resume.garantieProgrammee());
    }

    @Test
    void a_contract_shows_its_insurer_plan_dates_and_options_active_today() {
        Contrat contrat = espace.contrat(UnContrat.de(entreprise.id()).numero("CT-SANTE-01")
                .effetLe(LocalDate.of(2024, 1, 1))
                .avecOption(CodeOption.values()[0], LocalDate.of(2024, 1, 1))
                .avecOption(CodeOption.values()[1], AUJOURDHUI.plusDays(1)));

        ContratResume resume = consulter.consulter(espace.acteurEntreprise(entreprise), contrat.id());

        assertEquals(contrat.id(), resume.id());
        assertEquals(entreprise.id(), resume.entrepriseId());
        assertEquals("Expat Conseil SAS", resume.raisonSociale());
        assertEquals(contrat.organisme(), resume.organisme());
        assertEquals(contrat.garantie(), resume.garantie());
        assertEquals(LocalDate.of(2024, 1, 1), resume.dateEffet());
        assertEquals(Optional.empty(), resume.dateFin());
        assertEquals(EtatContrat.ACTIF, resume.etat());
        assertEquals(List.of(
                new ContratResume.OptionVue(CodeOption.values()[0], LocalDate.of(2024, 1, 1), Optional.empty(), true),
                new ContratResume.OptionVue(CodeOption.values()[1], AUJOURDHUI.plusDays(1), Optional.empty(),
                        false)), resume.options());
    }

    @Test
    void a_mandataire_sees_only_the_contracts_under_his_mandates() {
        Contrat sousMandat = contrat("CT-MANDAT", LocalDate.of(2024, 1, 1), null);
        Contrat horsMandat = contrat("CT-HORS", LocalDate.of(2024, 1, 1), null);
        espace.mandat(courtier, sousMandat);

        List<ContratResume> contrats = consulter.lister(espace.acteurMandataire(courtier), entreprise.id());

        assertEquals(List.of(sousMandat.id()), contrats.stream().map(ContratResume::id).toList());
        assertIntrouvable("contrat.introuvable",
                () -> consulter.consulter(espace.acteurMandataire(courtier), horsMandat.id()));
    }

    @Test
    void an_entreprise_or_contract_outside_the_perimetre_does_not_exist() {
        Entreprise autre = espace.entreprise("Autre SA");
        Contrat contratDAutrui = espace.contrat(autre);
        contrat("CT-SANTE-01", LocalDate.of(2024, 1, 1), null);
        espace.mandat(courtier, contratDAutrui);

        assertIntrouvable("entreprise.introuvable",
                () -> consulter.lister(espace.acteurEntreprise(entreprise), autre.id()));
        assertIntrouvable("entreprise.introuvable",
                () -> consulter.lister(espace.acteurMandataire(courtier), entreprise.id()));
        assertIntrouvable("contrat.introuvable",
                () -> consulter.consulter(espace.acteurEntreprise(entreprise), contratDAutrui.id()));
        assertIntrouvable("contrat.introuvable",
                () -> consulter.consulter(espace.acteurEntreprise(entreprise), ContratId.nouveau()));
    }

    @Test
    void a_gestionnaire_gets_no_list_but_reads_any_contract_by_id() {
        Contrat contrat = contrat("CT-SANTE-01", LocalDate.of(2024, 1, 1), null);

        assertEquals(List.of(), consulter.lister(espace.acteurGestionnaire(), entreprise.id()));
        assertEquals(contrat.id(), consulter.consulter(espace.acteurGestionnaire(), contrat.id()).id());
        assertIntrouvable("entreprise.introuvable",
                () -> consulter.lister(espace.acteurGestionnaire(), EntrepriseId.nouveau()));
    }
}
