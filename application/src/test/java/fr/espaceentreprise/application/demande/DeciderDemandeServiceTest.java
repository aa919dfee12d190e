package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.GarantieProgrammee;
import fr.espaceentreprise.domain.demande.AffiliationSalarie;
import fr.espaceentreprise.domain.demande.ChangementGarantie;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.MajEntreprise;
import fr.espaceentreprise.domain.demande.MajModalitesPaiement;
import fr.espaceentreprise.domain.demande.MajPaysExpatriation;
import fr.espaceentreprise.domain.demande.MajSalaireReference;
import fr.espaceentreprise.domain.demande.MajSalarie;
import fr.espaceentreprise.domain.demande.RadiationSalarie;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.demande.UnContenu;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.Salarie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeciderDemandeServiceTest {

    static final LocalDate AUJOURDHUI = EspaceConsultation.AUJOURDHUI;

    final EspaceDemandes espace = new EspaceDemandes();
    final EspaceConsultation monde = espace.consultation;
    final Entreprise entreprise = monde.entreprise("Durand SA");
    final Contrat contrat = monde.contrat(entreprise);
    final Salarie salarie = monde.salarie("Wróbel", "Łukasz", contrat);
    final Acteur camille = espace.utilisateurEntreprise(entreprise);
    final Acteur gestionnaire = espace.gestionnaire();

    DemandeId soumise(ContenuDemande contenu) {
        return espace.soumettre(camille, entreprise.id(), contenu);
    }

    void valider(DemandeId id) {
        espace.decider(gestionnaire, id, StatutDemande.VALIDEE, null);
    }

    Entreprise entrepriseStockee() {
        return monde.entreprises.trouver(entreprise.id()).orElseThrow();
    }

    Salarie salarieStocke() {
        return monde.salaries.trouver(salarie.id()).orElseThrow();
    }

    // --- validating applies the change, type by type

    @Test
    void validating_a_changement_de_garantie_switches_the_contrats_plan() {
        valider(soumise(new ChangementGarantie(contrat.id(), Garantie.SANTE_EXPAT_CFE_INTEGRAL, AUJOURDHUI)));

        assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, monde.contrats.trouver(contrat.id()).orElseThrow().garantie());
    }

    @Test
    void a_changement_de_garantie_validated_for_a_later_day_waits_for_that_day() {
        Garantie avant = contrat.garantie();
        LocalDate moisProchain = AUJOURDHUI.plusMonths(1).withDayOfMonth(1);

        valider(soumise(new ChangementGarantie(contrat.id(), Garantie.SANTE_EXPAT_CFE_INTEGRAL, moisProchain)));

        Contrat stocke = monde.contrats.trouver(contrat.id()).orElseThrow();
        assertEquals(avant, stocke.garantie());
        assertEquals(Optional.of(new GarantieProgrammee(Garantie.SANTE_EXPAT_CFE_INTEGRAL, moisProchain)),
                stocke.garantieProgrammee());
    }

    @Test
    void validating_an_affiliation_registers_the_salarie_affiliated_to_the_contrat_from_the_date_d_effet() {
        LocalDate effet = AUJOURDHUI.plusDays(10);
        valider(soumise(new AffiliationSalarie("Ndiaye", "Awa", LocalDate.of(1990, 2, 3),
                new Email("awa.ndiaye@exemple.fr"), new CodePays("SN"), contrat.id(), effet,
                Montant.euros("3800"))));

        Salarie nouveau = monde.salaries.tous().stream().filter(s -> s.nom().equals("Ndiaye")).findFirst()
                .orElseThrow();
        assertEquals(entreprise.id(), nouveau.entrepriseId());
        assertEquals(Montant.euros("3800"), nouveau.salaireReference());
        Affiliation affiliation = nouveau.affiliations().get(0);
        assertEquals(contrat.id(), affiliation.contratId());
        assertEquals(effet, affiliation.periode().debut());
    }

    @Test
    void validating_a_maj_entreprise_replaces_the_entreprises_information() {
        MajEntreprise maj = UnContenu.majEntreprise();
        valider(soumise(maj));

        Entreprise apres = entrepriseStockee();
        assertEquals(maj.raisonSociale(), apres.raisonSociale());
        assertEquals(maj.siret(), apres.siret());
        assertEquals(maj.adresse(), apres.adresseCorrespondance());
        assertEquals(maj.email(), apres.email());
        assertEquals(Optional.of(maj.telephone()), apres.telephone());
    }

    @Test
    void validating_new_modalites_de_paiement_updates_the_entreprise() {
        MajModalitesPaiement maj = UnContenu.majModalitesPaiement();
        valider(soumise(maj));

        assertEquals(maj.modalites(), entrepriseStockee().modalitesPaiement());
    }

    @Test
    void validating_a_maj_salarie_corrects_his_identity_and_keeps_his_e_mail_when_none_is_given() {
        valider(soumise(new MajSalarie(salarie.id(), "Wrobel", "Lukasz", LocalDate.of(1984, 1, 2), null)));

        Salarie apres = salarieStocke();
        assertEquals("Wrobel", apres.nom());
        assertEquals("Lukasz", apres.prenom());
        assertEquals(LocalDate.of(1984, 1, 2), apres.dateNaissance());
        assertEquals(salarie.email(), apres.email(), "no e-mail in the demande keeps his");
    }

    @Test
    void validating_a_maj_salarie_with_an_e_mail_replaces_his() {
        Email nouvelle = new Email("lukasz.wrobel@example.pl");

        valider(soumise(new MajSalarie(salarie.id(), "Wróbel", "Łukasz", salarie.dateNaissance(), nouvelle)));

        assertEquals(Optional.of(nouvelle), salarieStocke().email());
    }

    @Test
    void validating_a_new_salaire_de_reference_changes_it() {
        valider(soumise(new MajSalaireReference(salarie.id(), Montant.euros("6100"), AUJOURDHUI)));

        assertEquals(Montant.euros("6100"), salarieStocke().salaireReference());
    }

    @Test
    void validating_a_new_pays_d_expatriation_changes_it() {
        valider(soumise(new MajPaysExpatriation(salarie.id(), new CodePays("JP"), AUJOURDHUI)));

        assertEquals(new CodePays("JP"), salarieStocke().paysExpatriation());
    }

    @Test
    void validating_a_radiation_ends_the_affiliation_on_the_date_de_fin() {
        LocalDate fin = AUJOURDHUI.plusMonths(1);
        valider(soumise(new RadiationSalarie(salarie.id(), contrat.id(), fin)));

        assertEquals(fin, salarieStocke().affiliations().get(0).periode().fin());
    }

    @Test
    void validating_an_autre_demande_only_closes_it() {
        DemandeId id = soumise(UnContenu.autre());
        String raisonSociale = entrepriseStockee().raisonSociale();

        valider(id);

        assertEquals(StatutDemande.VALIDEE, espace.demande(id).statut());
        assertEquals(raisonSociale, entrepriseStockee().raisonSociale());
        assertEquals(1, monde.salaries.taille());
        assertEquals(contrat.garantie(), monde.contrats.trouver(contrat.id()).orElseThrow().garantie());
    }

    @Test
    void a_change_the_data_no_longer_allows_refuses_the_validation_and_writes_nothing() {
        LocalDate fin = AUJOURDHUI.plusMonths(1);
        DemandeId premiere = soumise(new RadiationSalarie(salarie.id(), contrat.id(), fin));
        DemandeId seconde = soumise(new RadiationSalarie(salarie.id(), contrat.id(), fin));
        valider(premiere);
        int courriels = espace.comptes.notifications.envoyees().size();
        int audits = espace.comptes.journal.evenements().size();

        assertRegleMetier("salarie.affiliation.introuvable", () -> valider(seconde));

        assertEquals(StatutDemande.EN_COURS, espace.demande(seconde).statut());
        assertEquals(courriels, espace.comptes.notifications.envoyees().size());
        assertEquals(audits, espace.comptes.journal.evenements().size());
    }

    @Test
    void a_salarie_moved_out_of_the_entreprise_since_the_submission_refuses_the_validation() {
        DemandeId id = soumise(new MajPaysExpatriation(salarie.id(), new CodePays("JP"), AUJOURDHUI));
        monde.salaries.retirer(salarie.id());

        assertRegleMetier("demande.salarie.introuvable", () -> valider(id));
        assertEquals(StatutDemande.EN_COURS, espace.demande(id).statut());
    }

    // --- the three decisions

    @Test
    void validating_tells_the_author_in_his_language_and_writes_an_audit_line() {
        Utilisateur anglais = espace.comptes.compteActif(UnUtilisateur.entreprise(entreprise.id())
                .numeroAdherent("20000002").email("jane@example.com").langue(Langue.EN));
        Acteur jane = new Acteur(anglais.id(), anglais.profil(), camille.perimetre(), Langue.EN);
        DemandeId id = espace.soumettre(jane, entreprise.id(), UnContenu.autre());

        espace.decider(gestionnaire, id, StatutDemande.VALIDEE, "C'est fait.");

        Notification courriel = espace.comptes.notifications.deType(TypeNotification.DEMANDE_STATUT_CHANGE).get(0);
        assertEquals(Langue.EN, courriel.langue());
        assertEquals(new Email("jane@example.com"), courriel.destinataire());
        assertEquals("VALIDEE", courriel.parametres().get(CourrielsDemande.STATUT));
        assertEquals("C'est fait.", courriel.parametres().get(CourrielsDemande.MESSAGE));
        var audit = espace.comptes.journal.deType(TypeEvenementAudit.DEMANDE_VALIDEE);
        assertEquals(1, audit.size());
        assertEquals(Optional.of(gestionnaire.utilisateurId()), audit.get(0).utilisateurId());
    }

    @Test
    void rejecting_records_the_motif_and_sends_it_to_the_author() {
        DemandeId id = soumise(UnContenu.autre());

        espace.decider(gestionnaire, id, StatutDemande.REJETEE, "Contrat résilié.");

        var demande = espace.demande(id);
        assertEquals(StatutDemande.REJETEE, demande.statut());
        assertEquals("Contrat résilié.", demande.historique().get(1).message());
        assertEquals("Contrat résilié.", espace.comptes.notifications
                .deType(TypeNotification.DEMANDE_STATUT_CHANGE).get(0).parametres().get(CourrielsDemande.MESSAGE));
        assertEquals(1, espace.comptes.journal.deType(TypeEvenementAudit.DEMANDE_REJETEE).size());
    }

    @Test
    void rejecting_without_a_motif_is_refused() {
        DemandeId id = soumise(UnContenu.autre());

        assertValeurInvalide("demande.motif.obligatoire", "motif",
                () -> espace.decider(gestionnaire, id, StatutDemande.REJETEE, " "));
        assertEquals(StatutDemande.EN_COURS, espace.demande(id).statut());
    }

    @Test
    void asking_for_more_needs_a_message_and_puts_the_demande_awaiting_the_users_reply() {
        DemandeId id = soumise(UnContenu.autre());

        assertValeurInvalide("champ.obligatoire", "message",
                () -> espace.decider(gestionnaire, id, StatutDemande.EN_ATTENTE_DE_RETOUR, null));
        espace.decider(gestionnaire, id, StatutDemande.EN_ATTENTE_DE_RETOUR, "Joignez le contrat de travail.");

        var demande = espace.demande(id);
        assertEquals(StatutDemande.EN_ATTENTE_DE_RETOUR, demande.statut());
        assertEquals(TypeEvenement.DEMANDE_DE_COMPLEMENT, demande.historique().get(1).type());
        assertEquals(1, espace.comptes.journal.deType(TypeEvenementAudit.DEMANDE_COMPLEMENT_DEMANDE).size());
    }

    @ParameterizedTest
    @EnumSource(value = StatutDemande.class, names = {"VALIDEE", "REJETEE", "EN_ATTENTE_DE_RETOUR"})
    void a_closed_demande_cannot_be_decided_again(StatutDemande decision) {
        DemandeId id = soumise(UnContenu.autre());
        espace.decider(gestionnaire, id, StatutDemande.REJETEE, "Non.");
        int courriels = espace.comptes.notifications.envoyees().size();

        assertRegleMetier("demande.transition.interdite",
                () -> espace.decider(gestionnaire, id, decision, "Encore"));

        assertEquals(StatutDemande.REJETEE, espace.demande(id).statut());
        assertEquals(courriels, espace.comptes.notifications.envoyees().size());
    }

    @Test
    void validating_a_demande_awaiting_the_users_reply_is_forbidden() {
        DemandeId id = soumise(new ChangementGarantie(contrat.id(), Garantie.SANTE_EXPAT_CFE_INTEGRAL, AUJOURDHUI));
        espace.decider(gestionnaire, id, StatutDemande.EN_ATTENTE_DE_RETOUR, "Précisez.");

        assertRegleMetier("demande.transition.interdite", () -> valider(id));
        assertEquals(contrat.garantie(), monde.contrats.trouver(contrat.id()).orElseThrow().garantie());
    }

    @Test
    void en_cours_is_no_decision() {
        DemandeId id = soumise(UnContenu.autre());

        assertValeurInvalide("demande.decision.invalide", "statut",
                () -> espace.decider(gestionnaire, id, StatutDemande.EN_COURS, "?"));
    }

    @Test
    void only_a_gestionnaire_decides_anyone_else_finds_nothing() {
        DemandeId id = soumise(UnContenu.autre());

        IntrouvableException erreur = assertThrows(IntrouvableException.class,
                () -> espace.decider(camille, id, StatutDemande.VALIDEE, null));

        assertEquals(IntrouvableException.CODE_GENERIQUE, erreur.code());
        assertEquals(StatutDemande.EN_COURS, espace.demande(id).statut());
    }

    @Test
    void an_unknown_demande_is_not_found() {
        IntrouvableException erreur = assertThrows(IntrouvableException.class,
                () -> espace.decider(gestionnaire, DemandeId.nouveau(), StatutDemande.VALIDEE, null));

        assertEquals("demande.introuvable", erreur.code());
    }
}
