package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.demande.ActionAcces;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.SuppressionAcces;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DonneesPersonnellesServiceTest {

    final EspaceDonnees espace = new EspaceDonnees();
    final EspaceDemandes demandes = espace.demandes;
    final EspaceComptes comptes = espace.comptes;
    final Entreprise entreprise = demandes.consultation.entreprise("Durand SA");
    final Object contrat = demandes.consultation.contrat(entreprise);
    final Acteur camille = demandes.utilisateurEntreprise(entreprise);
    final Acteur gestionnaire = demandes.gestionnaire();

    Utilisateur compte(Acteur acteur) {
        return comptes.utilisateurs.trouver(acteur.utilisateurId()).orElseThrow();
    }

    void decider(DemandeId id, String message) {
        espace.deciderDemande().decider(new DeciderDemande.Commande(gestionnaire, id, StatutDemande.VALIDEE,
                message, EspaceComptes.IP));
    }

    @Test
    void the_export_holds_the_account_its_company_cgu_consent_sessions_journal_and_demandes_and_is_audited() {
        comptes.connecter(compte(camille));
        DemandeId id = demandes.soumettre(camille, entreprise.id(), new RectificationDonnees("Mon nom a un accent."));

        DonneesDetenues donnees = espace.exporterDonnees().exporter(camille, EspaceComptes.IP);

        assertEquals(camille.utilisateurId(), donnees.compte().id());
        assertEquals(Optional.of("Durand SA"), donnees.rattachement().map(DonneesDetenues.Rattachement::raisonSociale));
        assertEquals(1, donnees.acceptationsCgu().size());
        assertFalse(donnees.consentementProspection().accepte(), "refused by default");
        assertEquals(1, donnees.sessions().size());
        assertTrue(donnees.journal().stream().anyMatch(e -> e.type() == TypeEvenementAudit.CONNEXION_REUSSIE));
        assertEquals(id, donnees.demandes().get(0).id());
        EvenementAudit audit = comptes.journal.deType(TypeEvenementAudit.DONNEES_PERSONNELLES_EXPORTEES).get(0);
        assertEquals(Optional.of(camille.utilisateurId()), audit.utilisateurId());
    }

    @Test
    void looking_at_the_page_is_not_audited_and_shows_only_the_callers_own_data() {
        Acteur autre = demandes.utilisateurEntreprise(demandes.consultation.entreprise("Martin SARL"));
        demandes.soumettre(autre, autre.perimetre().entreprises().iterator().next(),
                new RectificationDonnees("Autre chose."));

        DonneesDetenues donnees = espace.consulterDonnees().consulter(camille);

        assertEquals(camille.utilisateurId(), donnees.compte().id());
        assertEquals(0, donnees.demandes().size());
        assertEquals(0, comptes.journal.deType(TypeEvenementAudit.DONNEES_PERSONNELLES_EXPORTEES).size());
    }

    @Test
    void consent_can_be_given_and_withdrawn_any_time_each_change_dated_and_audited() {
        ConsentementProspection accepte = espace.changerConsentement().changer(
                new ChangerConsentementProspection.Commande(camille, true, EspaceComptes.IP));
        comptes.horloge.avancer(java.time.Duration.ofDays(3));
        espace.changerConsentement().changer(
                new ChangerConsentementProspection.Commande(camille, false, EspaceComptes.IP));

        ConsentementProspection stocke = espace.consentements.trouverParUtilisateur(camille.utilisateurId()).orElseThrow();
        assertTrue(accepte.accepte());
        assertFalse(stocke.accepte());
        assertEquals(Optional.of(EspaceConsultation.T0.plus(java.time.Duration.ofDays(3))), stocke.modifieLe());
        assertEquals(java.util.List.of(Optional.of("accepte=false"), Optional.of("accepte=true")),
                comptes.journal.deType(TypeEvenementAudit.CONSENTEMENT_PROSPECTION_MODIFIE).stream()
                        .map(EvenementAudit::detail).sorted(java.util.Comparator.comparing(Optional::get)).toList());
    }

    @Test
    void validating_a_request_to_suspend_ones_access_suspends_the_authors_account() {
        DemandeId id = demandes.soumettre(camille, entreprise.id(), new SuppressionAcces(ActionAcces.SUSPENSION, null));

        decider(id, "Votre accès est suspendu comme demandé.");

        assertEquals(StatutCompte.SUSPENDU, compte(camille).statut());
        assertEquals(Optional.of(MotifCompte.DEMANDE_UTILISATEUR),
                espace.decisions.lister(camille.utilisateurId()).get(0).motif());
        assertEquals(new SeConnecter.Resultat.Suspendu(), comptes.seConnecter().seConnecter(
                comptes.connexion(compte(camille), EspaceComptes.MOT_DE_PASSE)));
    }

    @Test
    void validating_a_request_to_delete_ones_access_deletes_the_account_and_keeps_the_demande() {
        DemandeId id = demandes.soumettre(camille, entreprise.id(),
                new SuppressionAcces(ActionAcces.SUPPRESSION, "Je quitte l'entreprise."));

        decider(id, null);

        assertEquals(StatutCompte.SUPPRIME, compte(camille).statut());
        assertEquals(StatutDemande.VALIDEE, demandes.demande(id).statut());
        assertEquals(1, comptes.notifications.deType(TypeNotification.COMPTE_SUPPRIME).size());
        assertEquals(1, comptes.journal.deType(TypeEvenementAudit.COMPTE_SUPPRIME).size());
    }

    @Test
    void a_validated_rectification_only_closes_the_demande() {
        DemandeId id = demandes.soumettre(camille, entreprise.id(), new RectificationDonnees("Prénom: Hélène."));

        decider(id, "Corrigé dans nos fichiers.");

        assertEquals(StatutDemande.VALIDEE, demandes.demande(id).statut());
        assertEquals(StatutCompte.ACTIF, compte(camille).statut());
    }
}
