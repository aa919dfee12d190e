package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.DeciderCompte;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComptesGeresServiceTest {

    final EspaceDonnees espace = new EspaceDonnees();
    final EspaceComptes comptes = espace.comptes;
    final Acteur gestionnaire = espace.demandes.gestionnaire();
    final Entreprise entreprise = avecContrat(espace.demandes.consultation.entreprise("Durand SA"));
    final Utilisateur camille = comptes.compteActif(UnUtilisateur.entreprise(entreprise.id()).numeroAdherent("10000001")
            .nomme("Durand").prenomme("Camille").email("camille@example.fr").langue(Langue.EN));

    Entreprise avecContrat(Entreprise entreprise) {
        espace.demandes.consultation.contrat(entreprise);
        return entreprise;
    }

    void suspendre(UtilisateurId compte, MotifCompte motif, String precision) {
        espace.deciderCompte().suspendre(new DeciderCompte.Fermeture(gestionnaire, compte, motif, precision,
                EspaceComptes.IP));
    }

    void reactiver(UtilisateurId compte) {
        espace.deciderCompte().reactiver(new DeciderCompte.Reactivation(gestionnaire, compte, EspaceComptes.IP));
    }

    void supprimer(UtilisateurId compte, MotifCompte motif) {
        espace.deciderCompte().supprimer(new DeciderCompte.Fermeture(gestionnaire, compte, motif,
                "Fin du contrat en 2024", EspaceComptes.IP));
    }

    Utilisateur stocke(Utilisateur utilisateur) {
        return comptes.utilisateurs.trouver(utilisateur.id()).orElseThrow();
    }

    @Test
    void suspending_ends_the_sessions_keeps_the_decision_audits_the_motif_and_mails_the_user_in_his_language() {
        SeConnecter.Resultat.Reussie connexion = (SeConnecter.Resultat.Reussie) comptes.seConnecter()
                .seConnecter(comptes.connexion(camille, EspaceComptes.MOT_DE_PASSE));

        suspendre(camille.id(), MotifCompte.UTILISATION_NON_CONFORME, "Partage des identifiants");

        assertEquals(StatutCompte.SUSPENDU, stocke(camille).statut());
        assertTrue(comptes.sessions.de(connexion.sessionId()).revoqueeLe().isPresent());
        assertEquals(Optional.empty(), comptes.authentifierSession().authentifier(connexion.jeton()));
        EvenementAudit audit = comptes.journal.deType(TypeEvenementAudit.COMPTE_SUSPENDU).get(0);
        assertEquals(Optional.of(gestionnaire.utilisateurId()), audit.utilisateurId());
        assertEquals(Optional.of(camille.numeroAdherent()), audit.numeroAdherent());
        assertEquals(Optional.of("compte=" + camille.id() + " motif=UTILISATION_NON_CONFORME"), audit.detail());
        Notification courriel = comptes.notifications.deType(TypeNotification.COMPTE_SUSPENDU).get(0);
        assertEquals(new Email("camille@example.fr"), courriel.destinataire());
        assertEquals(Langue.EN, courriel.langue());
        assertEquals(Map.of("prenom", "Camille", "nom", "Durand"), courriel.parametres());
        DecisionCompte decision = espace.decisions.lister(camille.id()).get(0);
        assertEquals(TypeDecisionCompte.SUSPENSION, decision.type());
        assertEquals(Optional.of("Partage des identifiants"), decision.precision());
    }

    @Test
    void a_suspended_user_is_told_so_at_login_and_logs_in_again_once_reactivated() {
        suspendre(camille.id(), MotifCompte.DEMANDE_UTILISATEUR, null);

        assertEquals(new SeConnecter.Resultat.Suspendu(),
                comptes.seConnecter().seConnecter(comptes.connexion(camille, EspaceComptes.MOT_DE_PASSE)));
        reactiver(camille.id());

        assertEquals(StatutCompte.ACTIF, stocke(camille).statut());
        assertEquals(1, comptes.notifications.deType(TypeNotification.COMPTE_REACTIVE).size());
        assertEquals(1, comptes.journal.deType(TypeEvenementAudit.COMPTE_REACTIVE).size());
        assertTrue(comptes.seConnecter().seConnecter(comptes.connexion(camille, EspaceComptes.MOT_DE_PASSE))
                instanceof SeConnecter.Resultat.Reussie);
    }

    @Test
    void suspending_twice_or_reactivating_an_active_account_is_refused_and_leaves_no_trace() {
        suspendre(camille.id(), MotifCompte.FRAUDE, null);
        int courriels = comptes.notifications.envoyees().size();
        int lignes = comptes.journal.evenements().size();

        assertRegleMetier("compte.deja_suspendu", () -> suspendre(camille.id(), MotifCompte.FRAUDE, null));
        Utilisateur autre = comptes.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000001"));
        assertRegleMetier("compte.non_suspendu", () -> reactiver(autre.id()));

        assertEquals(courriels, comptes.notifications.envoyees().size());
        assertEquals(lignes, comptes.journal.evenements().size());
        assertEquals(1, espace.decisions.tous().size());
    }

    @Test
    void a_motif_is_required_to_suspend_or_delete() {
        assertValeurInvalide("champ.obligatoire", "motif", () -> suspendre(camille.id(), null, "?"));
        assertValeurInvalide("champ.obligatoire", "motif", () -> supprimer(camille.id(), null));

        assertEquals(StatutCompte.ACTIF, stocke(camille).statut());
    }

    @Test
    void deleting_mails_the_former_address_then_erases_the_person_and_keeps_the_audit_trail() {
        comptes.connecter(camille);
        int lignesAvant = comptes.journal.evenements().size();

        supprimer(camille.id(), MotifCompte.FIN_RELATIONS_CONTRACTUELLES);

        Utilisateur supprime = stocke(camille);
        assertEquals(StatutCompte.SUPPRIME, supprime.statut());
        assertEquals(Utilisateur.ANONYME, supprime.nom());
        assertFalse(supprime.email().valeur().contains("camille"));
        assertEquals(List.of(camille.id()), espace.effacement.effaces);
        assertEquals(Optional.empty(), comptes.identifiants.trouverParUtilisateur(camille.id()));
        assertTrue(comptes.sessions.tous().stream().allMatch(s -> s.revoqueeLe().isPresent()));
        Notification courriel = comptes.notifications.deType(TypeNotification.COMPTE_SUPPRIME).get(0);
        assertEquals(new Email("camille@example.fr"), courriel.destinataire());
        assertEquals("Camille", courriel.parametres().get("prenom"));
        assertEquals(lignesAvant + 1, comptes.journal.evenements().size(), "earlier lines are all kept");
        assertEquals(Optional.of("compte=" + camille.id() + " motif=FIN_RELATIONS_CONTRACTUELLES"),
                comptes.journal.deType(TypeEvenementAudit.COMPTE_SUPPRIME).get(0).detail());
        assertEquals(new SeConnecter.Resultat.Refusee(),
                comptes.seConnecter().seConnecter(comptes.connexion(camille, EspaceComptes.MOT_DE_PASSE)));
    }

    @Test
    void a_deleted_account_can_be_neither_reactivated_nor_suspended_nor_deleted_again() {
        supprimer(camille.id(), MotifCompte.DEMANDE_UTILISATEUR);

        assertRegleMetier("utilisateur.supprime", () -> reactiver(camille.id()));
        assertRegleMetier("utilisateur.supprime", () -> suspendre(camille.id(), MotifCompte.FRAUDE, null));
        assertRegleMetier("utilisateur.supprime", () -> supprimer(camille.id(), MotifCompte.FRAUDE));
    }

    @Test
    void a_gestionnaire_can_neither_suspend_nor_delete_himself() {
        assertRegleMetier("compte.soi_meme",
                () -> suspendre(gestionnaire.utilisateurId(), MotifCompte.DEMANDE_UTILISATEUR, null));
        assertRegleMetier("compte.soi_meme", () -> supprimer(gestionnaire.utilisateurId(), MotifCompte.FRAUDE));
    }

    @Test
    void only_a_gestionnaire_acts_on_accounts_and_an_unknown_account_is_not_found() {
        Acteur utilisateur = espace.demandes.acteurEntreprise(entreprise);

        assertThrows(IntrouvableException.class, () -> espace.deciderCompte().suspendre(
                new DeciderCompte.Fermeture(utilisateur, camille.id(), MotifCompte.FRAUDE, null, EspaceComptes.IP)));
        assertThrows(IntrouvableException.class, () -> espace.consulterComptes().consulter(utilisateur,
                camille.numeroAdherent()));
        assertThrows(IntrouvableException.class, () -> reactiver(UtilisateurId.nouveau()));
        assertEquals(StatutCompte.ACTIF, stocke(camille).statut());
    }

    @Test
    void the_search_by_numero_shows_the_account_with_its_last_login_and_decisions() {
        comptes.connecter(camille);
        suspendre(camille.id(), MotifCompte.FRAUDE, "Connexions depuis l'étranger");

        List<FicheCompte> fiches = espace.consulterComptes().consulter(gestionnaire, camille.numeroAdherent());

        assertEquals(1, fiches.size());
        assertEquals(StatutCompte.SUSPENDU, fiches.get(0).statut());
        assertEquals(Optional.of(EspaceComptes.T0), fiches.get(0).derniereConnexion());
        assertEquals(Optional.of(MotifCompte.FRAUDE), fiches.get(0).decisions().get(0).motif());
    }
}
