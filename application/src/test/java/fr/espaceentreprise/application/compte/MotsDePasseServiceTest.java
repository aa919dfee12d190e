package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DefinirMotDePasse (after a temporary password) and ChangerMotDePasse. */
class MotsDePasseServiceTest {

    private static final String PROVISOIRE = "Provisoire-ABCD-2345";
    private static final String NOUVEAU = "Citron-Piano-Nuage-77";

    private final EspaceComptes espace = new EspaceComptes();
    private final Entreprise entreprise = espace.entreprises.ajouter(
            UneEntreprise.nommee("Transports Kerguelen").numeroAdherent("10000001").build());
    private final Contrat contrat = espace.ports().contrats.ajouter(UnContrat.de(entreprise.id()).build());
    private final Utilisateur compte = espace.compteActif(UnUtilisateur.entreprise(entreprise.id())
            .numeroAdherent("10000001").nomme("Durand").prenomme("Camille").email("camille.durand@example.fr"));

    private SeConnecter.Resultat tenter(String motDePasse) {
        return espace.seConnecter().seConnecter(espace.connexion(compte, motDePasse));
    }

    @Nested
    class DefinirApresUnMotDePasseProvisoire {

        private SessionAuthentifiee sessionProvisoire() {
            espace.motDePasseProvisoireEnvoye(compte, PROVISOIRE);
            return espace.connecter(compte, PROVISOIRE);
        }

        private Set<EtapeObligatoire> definir(SessionAuthentifiee session, String motDePasse) {
            return espace.definirMotDePasse().definir(
                    new DefinirMotDePasse.Commande(session, motDePasse.toCharArray(), IP));
        }

        @Test
        void the_user_chooses_a_password_without_typing_a_current_one_and_the_step_is_done() {
            SessionAuthentifiee session = sessionProvisoire();

            Set<EtapeObligatoire> restantes = definir(session, NOUVEAU);

            assertEquals(Set.of(), restantes);
            assertEquals(Set.of(), espace.sessions.de(session.sessionId()).etapesEnAttente());
            assertInstanceOf(SeConnecter.Resultat.Reussie.class, tenter(NOUVEAU));
            assertEquals(SeConnecter.Resultat.Refusee.class, tenter(MOT_DE_PASSE).getClass());
            EvenementAudit audit = espace.journal.deType(TypeEvenementAudit.MOT_DE_PASSE_CHANGE).get(0);
            assertEquals(Optional.of(compte.id()), audit.utilisateurId());
            assertEquals(Optional.of("mot_de_passe_provisoire_remplace"), audit.detail());
        }

        @Test
        void the_other_steps_remain() {
            espace.cgu.publier(new VersionCgu("2026-02", T0.minusSeconds(1)));
            SessionAuthentifiee session = sessionProvisoire();

            assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), definir(session, NOUVEAU));
        }

        @Test
        void every_other_session_of_the_user_ends() {
            SessionAuthentifiee ancienne = espace.connecter(compte);
            SessionAuthentifiee session = sessionProvisoire();

            definir(session, NOUVEAU);

            assertFalse(espace.sessions.de(ancienne.sessionId()).estActiveLe(espace.horloge.instant()));
            assertTrue(espace.sessions.de(session.sessionId()).estActiveLe(espace.horloge.instant()));
        }

        @Test
        void is_refused_in_a_session_that_did_not_log_in_with_a_temporary_password() {
            SessionAuthentifiee session = espace.connecter(compte);
            int hachages = espace.hacheur.hachages();

            RegleMetierException erreur = assertRegleMetier("etape.non_attendue", () -> definir(session, NOUVEAU));

            assertEquals(Map.of("etape", EtapeObligatoire.CHANGER_MOT_DE_PASSE), erreur.parametres());
            assertEquals(hachages, espace.hacheur.hachages());
            assertInstanceOf(SeConnecter.Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        }

        @Test
        void a_too_short_password_is_refused_on_its_field_and_nothing_changes() {
            SessionAuthentifiee session = sessionProvisoire();

            assertValeurInvalide("motDePasse.trop_court", "nouveauMotDePasse", () -> definir(session, "court"));

            assertEquals(Set.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE),
                    espace.sessions.de(session.sessionId()).etapesEnAttente());
            assertEquals(Optional.empty(), espace.identifiants.de(compte.id()).empreinteMotDePasse());
        }

        @Test
        void a_password_longer_than_128_is_refused_before_hashing() {
            SessionAuthentifiee session = sessionProvisoire();
            int hachages = espace.hacheur.hachages();

            assertValeurInvalide("motDePasse.trop_long", "nouveauMotDePasse", () -> definir(session, "x".repeat(129)));

            assertEquals(hachages, espace.hacheur.hachages());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Camille-Durand-2026", "10000001-secret!", "transports kerguelen!", "Motdepasse-1234",
                "camille.durand-pourquoi", "Naissance-15061984"})
        void a_password_made_of_the_users_own_data_is_too_guessable(String motDePasse) {
            espace.demandesInscription.ajouter(demandeValidee(LocalDate.of(1984, 6, 15)));
            SessionAuthentifiee session = sessionProvisoire();

            assertValeurInvalide("motDePasse.trop_previsible", "nouveauMotDePasse", () -> definir(session, motDePasse));
        }

        @Test
        void the_guessability_check_is_given_the_users_data() {
            espace.demandesInscription.ajouter(demandeValidee(LocalDate.of(1984, 6, 15)));
            SessionAuthentifiee session = sessionProvisoire();

            definir(session, NOUVEAU);

            assertTrue(espace.robustesse.dernieresDonnees().containsAll(java.util.List.of("10000001", "Durand",
                    "Camille", "camille.durand@example.fr", "camille.durand", "Transports Kerguelen",
                    entreprise.siret().valeur(), "1984-06-15", "15061984", "15/06/1984", "1984")));
        }

        @Test
        void the_password_typed_is_wiped() {
            SessionAuthentifiee session = sessionProvisoire();
            char[] motDePasse = NOUVEAU.toCharArray();

            espace.definirMotDePasse().definir(new DefinirMotDePasse.Commande(session, motDePasse, IP));

            assertEquals(new String(new char[motDePasse.length]), new String(motDePasse));
        }

        private DemandeInscription demandeValidee(LocalDate dateNaissance) {
            DemandeInscription demande = UneDemandeInscription.pour(entreprise).neLe(dateNaissance)
                    .langue(Langue.FR).build();
            demande.valider(espace.gestionnaire().id(), new ControlesInscription(true, true, true, true, true),
                    T0.minus(Duration.ofDays(3)));
            return demande;
        }
    }

    @Nested
    class ChangerEnConnaissantLActuel {

        private final SessionAuthentifiee session = espace.connecter(compte);

        private void changer(SessionAuthentifiee dans, String actuel, String nouveau) {
            espace.changerMotDePasse().changer(new ChangerMotDePasse.Commande(dans,
                    actuel == null ? null : actuel.toCharArray(), nouveau.toCharArray(), IP));
        }

        @Test
        void the_new_password_replaces_the_current_one() {
            changer(session, MOT_DE_PASSE, NOUVEAU);

            assertInstanceOf(SeConnecter.Resultat.Reussie.class, tenter(NOUVEAU));
            assertEquals(SeConnecter.Resultat.Refusee.class, tenter(MOT_DE_PASSE).getClass());
            EvenementAudit audit = espace.journal.deType(TypeEvenementAudit.MOT_DE_PASSE_CHANGE).get(0);
            assertEquals(Optional.of(compte.numeroAdherent()), audit.numeroAdherent());
        }

        @Test
        void every_other_session_ends_but_this_one() {
            SessionAuthentifiee autre = espace.connecter(compte);

            changer(session, MOT_DE_PASSE, NOUVEAU);

            assertFalse(espace.sessions.de(autre.sessionId()).estActiveLe(espace.horloge.instant()));
            assertTrue(espace.sessions.de(session.sessionId()).estActiveLe(espace.horloge.instant()));
        }

        @Test
        void sessions_of_other_users_are_left_alone() {
            Utilisateur autreCompte = espace.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000001"));
            SessionAuthentifiee autre = espace.connecter(autreCompte);

            changer(session, MOT_DE_PASSE, NOUVEAU);

            assertTrue(espace.sessions.de(autre.sessionId()).estActiveLe(espace.horloge.instant()));
        }

        @Test
        void a_wrong_current_password_is_refused_on_its_field_and_counts_as_a_failed_login() {
            RegleMetierException erreur = assertRegleMetier("motDePasse.actuel_incorrect",
                    () -> changer(session, "pas-le-bon-du-tout", NOUVEAU));

            assertEquals(Optional.of("motDePasseActuel"), erreur.champ());
            assertEquals(1, espace.identifiants.de(compte.id()).temporisation().echecsConsecutifs(),
                    "stored although refused");
            EvenementAudit audit = espace.journal.deType(TypeEvenementAudit.CONNEXION_ECHOUEE).get(0);
            assertEquals(Optional.of("changement_mot_de_passe"), audit.detail());
            assertInstanceOf(SeConnecter.Resultat.Reussie.class, tenter(MOT_DE_PASSE), "unchanged");
        }

        @Test
        void after_five_wrong_current_passwords_the_change_waits_like_a_login() {
            for (int i = 0; i < 5; i++) {
                assertThrows(RegleMetierException.class, () -> changer(session, "pas-le-bon-du-tout", NOUVEAU));
            }

            TropDeTentativesException erreur = assertThrows(TropDeTentativesException.class,
                    () -> changer(session, MOT_DE_PASSE, NOUVEAU));

            assertEquals(Duration.ofMinutes(1), erreur.reessayerApres());
            assertEquals("requete.trop_nombreuses", erreur.code());
        }

        @Test
        void the_current_password_is_required() {
            assertValeurInvalide("champ.obligatoire", "motDePasseActuel", () -> changer(session, null, NOUVEAU));
            assertValeurInvalide("champ.obligatoire", "motDePasseActuel", () -> changer(session, "", NOUVEAU));
        }

        @Test
        void the_new_password_follows_the_policy_before_the_current_one_is_even_checked() {
            int verifications = espace.hacheur.verifications();

            assertValeurInvalide("motDePasse.trop_court", "nouveauMotDePasse",
                    () -> changer(session, "pas-le-bon-du-tout", "court"));
            assertValeurInvalide("motDePasse.trop_previsible", "nouveauMotDePasse",
                    () -> changer(session, MOT_DE_PASSE, "transports kerguelen 2026"));

            assertEquals(verifications, espace.hacheur.verifications());
            assertEquals(0, espace.identifiants.de(compte.id()).temporisation().echecsConsecutifs());
        }

        @Test
        void is_out_of_reach_while_a_mandatory_step_is_pending() {
            espace.cgu.publier(new VersionCgu("2026-02", T0.minusSeconds(1)));
            espace.horloge.avancer(CguEnCache.DUREE);
            SessionAuthentifiee avecEtape = espace.connecter(compte);

            AccesRefuseException erreur = assertThrows(AccesRefuseException.class,
                    () -> changer(avecEtape, MOT_DE_PASSE, NOUVEAU));

            assertEquals(EtapeObligatoire.ACCEPTER_CGU, erreur.etape());
            assertEquals("acces.etape_obligatoire", erreur.code());
        }

        @Test
        void a_pending_temporary_password_is_voided_by_the_change() {
            espace.motDePasseProvisoireEnvoye(compte, PROVISOIRE);

            changer(session, MOT_DE_PASSE, NOUVEAU);

            assertEquals(SeConnecter.Resultat.Refusee.class, tenter(PROVISOIRE).getClass());
        }

        @Test
        void both_passwords_typed_are_wiped() {
            char[] actuel = MOT_DE_PASSE.toCharArray();
            char[] nouveau = NOUVEAU.toCharArray();

            espace.changerMotDePasse().changer(new ChangerMotDePasse.Commande(session, actuel, nouveau, IP));

            assertEquals(new String(new char[actuel.length]), new String(actuel));
            assertEquals(new String(new char[nouveau.length]), new String(nouveau));
        }
    }
}
