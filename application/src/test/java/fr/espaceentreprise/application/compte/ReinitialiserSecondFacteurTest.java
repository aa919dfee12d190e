package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.SeConnecter.Resultat;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The back office resets the second factor of a user who lost his phone and his recovery codes. */
class ReinitialiserSecondFacteurTest {

    private static final AdresseIp BACK_OFFICE = new AdresseIp("10.20.30.40");

    private final EspaceComptes espace = new EspaceComptes();
    private final Utilisateur gestion = espace.gestionnaire();
    private final Utilisateur compte = espace.compteActif();
    private final List<Resultat.Reussie> connexions;

    ReinitialiserSecondFacteurTest() {
        espace.enrolerSecondFacteur(compte);
        connexions = List.of(espace.reussir(espace.connexion(compte, MOT_DE_PASSE)),
                espace.reussir(espace.connexion(compte, MOT_DE_PASSE)));
    }

    private void reinitialiser(Acteur acteur, UtilisateurId cible) {
        espace.espace().gestion().deciderCompte().reinitialiserSecondFacteur(
                new DeciderCompte.Reactivation(acteur, cible, BACK_OFFICE));
    }

    @Test
    void the_factor_is_forgotten_and_the_user_s_sessions_end() {
        reinitialiser(espace.acteur(gestion), compte.id());

        assertEquals(Optional.empty(), espace.secondsFacteurs.trouver(compte.id()));
        for (Resultat.Reussie connexion : connexions) {
            assertEquals(Optional.empty(), espace.authentifierSession().authentifier(connexion.jeton()));
        }
    }

    @Test
    void the_user_is_mailed_and_the_reset_audited_with_who_did_it() {
        reinitialiser(espace.acteur(gestion), compte.id());

        Notification courriel = espace.notifications.deType(TypeNotification.SECURITE_SECOND_FACTEUR_REINITIALISE)
                .get(0);
        assertEquals(compte.email(), courriel.destinataire());
        assertEquals(Map.of("prenom", compte.prenom(), "nom", compte.nom(), "instant", T0.toString(),
                "ip", BACK_OFFICE.valeur()), courriel.parametres());
        EvenementAudit audit = espace.journal.deType(TypeEvenementAudit.SECOND_FACTEUR_REINITIALISE).get(0);
        assertEquals(Optional.of(compte.id()), audit.utilisateurId());
        assertEquals(Optional.of("par=" + gestion.id()), audit.detail());
    }

    @Test
    void where_a_factor_is_required_the_next_login_asks_to_enrol_a_new_one() {
        espace.ports().espace(PortsEnMemoire.reglages(PolitiqueSecondFacteur.OBLIGATOIRE));

        reinitialiser(espace.acteur(gestion), compte.id());

        Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, espace.seConnecter().seConnecter(
                new SeConnecter.Commande(compte.numeroAdherent(), MOT_DE_PASSE.toCharArray(), IP)));
        assertEquals(Set.of(EtapeObligatoire.ENROLER_SECOND_FACTEUR), reussie.etapesEnAttente());
    }

    @Test
    void where_it_is_offered_the_next_login_needs_only_the_password() {
        reinitialiser(espace.acteur(gestion), compte.id());

        Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, espace.seConnecter().seConnecter(
                new SeConnecter.Commande(compte.numeroAdherent(), MOT_DE_PASSE.toCharArray(), IP)));
        assertEquals(Set.of(), reussie.etapesEnAttente());
    }

    @Test
    void nobody_but_a_gestionnaire_may_and_nothing_changes() {
        Utilisateur collegue = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000002"));

        IntrouvableException refus = assertThrows(IntrouvableException.class,
                () -> reinitialiser(espace.acteur(collegue), compte.id()));

        assertEquals(IntrouvableException.CODE_GENERIQUE, refus.code());
        assertTrue(espace.secondsFacteurs.trouver(compte.id()).isPresent());
        assertEquals(List.of(), espace.notifications.deType(TypeNotification.SECURITE_SECOND_FACTEUR_REINITIALISE));
    }

    @Test
    void a_gestionnaire_does_not_reset_his_own() {
        assertRegleMetier("compte.soi_meme", () -> reinitialiser(espace.acteur(gestion), gestion.id()));

        assertTrue(espace.secondsFacteurs.trouver(gestion.id()).isPresent());
    }

    @Test
    void an_unknown_account_is_not_found() {
        assertThrows(IntrouvableException.class, () -> reinitialiser(espace.acteur(gestion), UtilisateurId.nouveau()));
    }
}
