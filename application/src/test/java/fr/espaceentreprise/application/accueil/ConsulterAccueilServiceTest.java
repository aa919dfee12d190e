package fr.espaceentreprise.application.accueil;

import static fr.espaceentreprise.application.consultation.EspaceConsultation.AUJOURDHUI;
import static fr.espaceentreprise.application.consultation.EspaceConsultation.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.demande.DemandeEnAttente;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsulterAccueilServiceTest {

    private final EspaceConsultation espace = new EspaceConsultation();
    private final ConsulterAccueil consulter = espace.consulterAccueil();

    private final Entreprise entreprise = espace.entreprise("Expat Conseil SAS");
    private final Contrat sante = espace.contrat(entreprise);
    private final Contrat prevoyance = espace.contrat(entreprise);
    private final Entreprise autreEntreprise = espace.entreprise("Autre SA");
    private final Contrat contratDAutrui = espace.contrat(autreEntreprise);

    private AppelDeCotisation echeantLe(Contrat contrat, LocalDate echeance) {
        return espace.appel(UnAppelDeCotisation.sur(contrat.id()).echeance(echeance));
    }

    @Test
    void the_appels_to_pay_are_the_late_ones_and_those_due_within_30_days_oldest_first() {
        AppelDeCotisation enRetard = echeantLe(sante, AUJOURDHUI.minusMonths(2));
        AppelDeCotisation partiellementPaye = espace.appel(UnAppelDeCotisation.sur(prevoyance.id())
                .echeance(AUJOURDHUI.minusDays(1)).payeLe(AUJOURDHUI.minusDays(5), "100"));
        AppelDeCotisation aujourdhui = echeantLe(sante, AUJOURDHUI);
        AppelDeCotisation dansTrenteJours = echeantLe(prevoyance, AUJOURDHUI.plusDays(30));
        echeantLe(sante, AUJOURDHUI.plusDays(31));
        espace.appel(UnAppelDeCotisation.sur(sante.id()).echeance(AUJOURDHUI.minusDays(3))
                .soldeLe(AUJOURDHUI.minusDays(4)));
        echeantLe(contratDAutrui, AUJOURDHUI);

        Accueil accueil = consulter.consulter(espace.acteurEntreprise(entreprise));

        assertEquals(List.of(enRetard.id(), partiellementPaye.id(), aujourdhui.id(), dansTrenteJours.id()),
                accueil.appelsARegler().stream().map(AppelResume::id).toList());
        assertFalse(accueil.plusDAppels());
    }

    @Test
    void at_most_five_appels_are_shown_and_the_page_tells_there_are_more() {
        List<AppelDeCotisation> appels = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            appels.add(echeantLe(sante, AUJOURDHUI.minusDays(10 - i)));
        }

        Accueil accueil = consulter.consulter(espace.acteurEntreprise(entreprise));

        assertEquals(appels.subList(0, 5).stream().map(AppelDeCotisation::id).toList(),
                accueil.appelsARegler().stream().map(AppelResume::id).toList());
        assertTrue(accueil.plusDAppels());
        assertTrue(espace.lectureCotisations.limitesDemandees().contains(ConsulterAccueil.LIMITE + 1));
    }

    @Test
    void exactly_five_appels_leave_nothing_more() {
        for (int i = 0; i < 5; i++) {
            echeantLe(sante, AUJOURDHUI.minusDays(10 - i));
        }

        Accueil accueil = consulter.consulter(espace.acteurEntreprise(entreprise));

        assertEquals(5, accueil.appelsARegler().size());
        assertFalse(accueil.plusDAppels());
    }

    @Test
    void the_demandes_awaiting_the_user_s_reply_are_listed_oldest_first_at_most_five() {
        List<Demande> enAttente = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            enAttente.add(espace.demandeEnAttenteDeRetour(entreprise, T0.minus(Duration.ofDays(20 - i))));
        }
        espace.demande(UneDemande.autre().pour(entreprise.id()).soumiseLe(T0.minus(Duration.ofDays(30))));
        espace.demande(UneDemande.autre().pour(entreprise.id()).soumiseLe(T0.minus(Duration.ofDays(30)))
                .validee());
        espace.demandeEnAttenteDeRetour(autreEntreprise, T0.minus(Duration.ofDays(40)));

        Accueil accueil = consulter.consulter(espace.acteurEntreprise(entreprise));

        assertEquals(enAttente.subList(0, 5).stream().map(Demande::id).toList(),
                accueil.demandesEnAttente().stream().map(DemandeEnAttente::id).toList());
        assertTrue(accueil.plusDeDemandes());
        DemandeEnAttente premiere = accueil.demandesEnAttente().get(0);
        assertEquals("Expat Conseil SAS", premiere.raisonSociale());
        assertEquals(T0.minus(Duration.ofDays(20)), premiere.soumiseLe());
        assertEquals(T0.minus(Duration.ofDays(20)).plus(UneDemande.DELAI_DE_TRAITEMENT), premiere.depuis());
    }

    @Test
    void an_entreprise_user_sees_its_entreprise() {
        Accueil accueil = consulter.consulter(espace.acteurEntreprise(entreprise));

        assertEquals(List.of(new EntrepriseResume(entreprise.id(), entreprise.numeroAdherent(), "Expat Conseil SAS")),
                accueil.entreprises());
        assertEquals(List.of(), accueil.appelsARegler());
        assertEquals(List.of(), accueil.demandesEnAttente());
        assertFalse(accueil.plusDeDemandes());
    }

    @Test
    void a_mandataire_sees_his_portfolio_and_what_needs_attention_on_his_contracts_only() {
        Mandataire courtier = espace.mandataire("Courtage Expat");
        espace.mandat(courtier, sante);
        espace.mandat(courtier, contratDAutrui);
        AppelDeCotisation surSante = echeantLe(sante, AUJOURDHUI.minusDays(2));
        echeantLe(prevoyance, AUJOURDHUI.minusDays(3));
        AppelDeCotisation chezAutrui = echeantLe(contratDAutrui, AUJOURDHUI.plusDays(3));
        Demande ici = espace.demandeEnAttenteDeRetour(entreprise, T0.minus(Duration.ofDays(3)));
        Demande laBas = espace.demandeEnAttenteDeRetour(autreEntreprise, T0.minus(Duration.ofDays(5)));
        Entreprise horsPortefeuille = espace.entreprise("Hors Portefeuille SA");
        espace.contrat(horsPortefeuille);
        espace.demandeEnAttenteDeRetour(horsPortefeuille, T0.minus(Duration.ofDays(9)));

        Accueil accueil = consulter.consulter(espace.acteurMandataire(courtier));

        assertEquals(List.of("Autre SA", "Expat Conseil SAS"),
                accueil.entreprises().stream().map(EntrepriseResume::raisonSociale).toList());
        assertEquals(List.of(surSante.id(), chezAutrui.id()),
                accueil.appelsARegler().stream().map(AppelResume::id).toList());
        List<DemandeId> demandes = accueil.demandesEnAttente().stream().map(DemandeEnAttente::id).toList();
        assertEquals(List.of(laBas.id(), ici.id()), demandes);
    }

    @Test
    void a_gestionnaire_gets_an_empty_home_page() {
        echeantLe(sante, AUJOURDHUI);
        espace.demandeEnAttenteDeRetour(entreprise, T0.minus(Duration.ofDays(3)));

        Accueil accueil = consulter.consulter(espace.acteurGestionnaire());

        assertEquals(new Accueil(List.of(), List.of(), false, List.of(), false), accueil);
    }
}
