package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static fr.espaceentreprise.application.compte.EspaceComptes.codeErrone;
import static fr.espaceentreprise.application.compte.EspaceComptes.codeTotp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.compte.SeConnecter.Resultat;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Login on an account that has a second factor: the code with the password, or on a second page. */
class ConnexionSecondFacteurTest {

    private static final SeConnecter.Origine API = SeConnecter.Origine.api(IP, FamilleNavigateur.CLIENT_API);

    private final EspaceComptes espace = new EspaceComptes();
    private final Utilisateur compte = espace.compteActif();

    ConnexionSecondFacteurTest() {
        espace.enrolerSecondFacteur(compte);
    }

    private Resultat tenter(String motDePasse, Optional<String> code) {
        return espace.seConnecter().seConnecter(espace.connexion(compte, motDePasse, code));
    }

    private Resultat avecLeCode(String code) {
        return tenter(MOT_DE_PASSE, Optional.of(code));
    }

    private String jetonDeConnexion() {
        return assertInstanceOf(Resultat.SecondFacteurRequis.class, tenter(MOT_DE_PASSE, Optional.empty()))
                .jetonConnexion();
    }

    private Resultat completer(String jetonConnexion, String code) {
        return espace.seConnecter().completer(new SeConnecter.Completion(jetonConnexion, code, API));
    }

    private String codeCourant() {
        return codeTotp(espace.horloge.instant());
    }

    private String codeErroneCourant() {
        return codeErrone(espace.horloge.instant());
    }

    private Identifiants identifiants() {
        return espace.identifiants.de(compte.id());
    }

    private SessionUtilisateur sessionDe(Resultat resultat) {
        return espace.sessions.de(assertInstanceOf(Resultat.Reussie.class, resultat).sessionId());
    }

    @Test
    void the_right_password_without_a_code_only_asks_for_it_and_nothing_is_opened_nor_spent() {
        long dernierPas = espace.secondsFacteurs.trouver(compte.id()).orElseThrow().dernierPas();

        Resultat resultat = tenter(MOT_DE_PASSE, Optional.empty());

        Resultat.SecondFacteurRequis requis = assertInstanceOf(Resultat.SecondFacteurRequis.class, resultat);
        assertFalse(requis.toString().contains(requis.jetonConnexion()), "the token stays out of logs");
        assertEquals(List.of(), espace.sessions.tous());
        assertEquals(Optional.empty(), identifiants().derniereConnexion());
        assertEquals(Temporisation.AUCUNE, identifiants().temporisation());
        assertEquals(List.of(), espace.journal.deType(TypeEvenementAudit.CONNEXION_REUSSIE));
        assertEquals(dernierPas, espace.secondsFacteurs.trouver(compte.id()).orElseThrow().dernierPas());
    }

    @Test
    void the_right_code_opens_a_session_whose_second_factor_is_checked() {
        Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, avecLeCode(codeCourant()));

        assertEquals(Set.of(), reussie.etapesEnAttente());
        assertEquals(Optional.of(T0), espace.sessions.de(reussie.sessionId()).secondFacteurLe());
        assertEquals(Optional.of(T0), espace.authentifier(reussie).secondFacteurLe());
        assertEquals(0, espace.ports().connexionsEnAttente.taille(), "no login left waiting");
        assertEquals(TypeEvenementAudit.CONNEXION_REUSSIE, espace.journal.evenements().get(0).type());
    }

    @Test
    void a_wrong_code_is_refused_and_counted_as_a_failed_attempt() {
        Resultat resultat = avecLeCode(codeErroneCourant());

        assertInstanceOf(Resultat.SecondFacteurInvalide.class, resultat);
        assertEquals(1, identifiants().temporisation().echecsConsecutifs());
        EvenementAudit audit = espace.journal.seul();
        assertEquals(TypeEvenementAudit.SECOND_FACTEUR_ECHOUE, audit.type());
        assertEquals(Optional.of("code_incorrect"), audit.detail());
        assertEquals(List.of(), espace.sessions.tous());
    }

    @Test
    void a_wrong_password_with_a_right_code_is_a_wrong_password() {
        assertEquals(new Resultat.Refusee(), tenter("pas le bon mot de passe", Optional.of(codeCourant())));

        assertInstanceOf(Resultat.Reussie.class, avecLeCode(codeCourant()), "the code was not spent");
    }

    @Test
    void wrong_codes_are_throttled_with_the_growing_delays_of_wrong_passwords() {
        for (int i = 0; i < Temporisation.ECHECS_TOLERES; i++) {
            assertInstanceOf(Resultat.SecondFacteurInvalide.class, avecLeCode(codeErroneCourant()));
        }

        assertEquals(new Resultat.Temporisee(Duration.ofMinutes(1)), avecLeCode(codeCourant()));
        espace.horloge.avancer(Duration.ofMinutes(1));
        assertInstanceOf(Resultat.SecondFacteurInvalide.class, avecLeCode(codeErroneCourant()));
        assertEquals(new Resultat.Temporisee(Duration.ofMinutes(2)), avecLeCode(codeCourant()));
        espace.horloge.avancer(Duration.ofMinutes(2));
        assertInstanceOf(Resultat.Reussie.class, avecLeCode(codeCourant()));
    }

    @Test
    void a_throttled_account_cannot_try_codes_on_the_second_page_either() {
        String jeton = jetonDeConnexion();
        for (int i = 0; i < Temporisation.ECHECS_TOLERES; i++) {
            assertEquals(new Resultat.SecondFacteurInvalide(jeton), completer(jeton, codeErroneCourant()));
        }

        assertEquals(new Resultat.Temporisee(Duration.ofMinutes(1)), completer(jeton, codeCourant()));
        assertEquals(Temporisation.ECHECS_TOLERES, identifiants().temporisation().echecsConsecutifs(),
                "an attempt refused by the throttling is not a failure");
    }

    @Test
    void a_code_that_opened_a_session_opens_no_other() {
        String code = codeCourant();
        assertInstanceOf(Resultat.Reussie.class, avecLeCode(code));

        assertInstanceOf(Resultat.SecondFacteurInvalide.class, avecLeCode(code));
        assertInstanceOf(Resultat.SecondFacteurInvalide.class, completer(jetonDeConnexion(), code));
        assertEquals(1, espace.sessions.tous().size());
    }

    @Test
    void a_recovery_code_opens_once_and_the_user_is_told_how_many_are_left() {
        SessionAuthentifiee session = espace.connecter(espace.compteActif(UnUtilisateur.entreprise()
                .numeroAdherent("10000002")));
        Utilisateur autre = espace.utilisateurs.trouver(session.utilisateurId()).orElseThrow();
        espace.espace().comptes().secondFacteur().commencer(session, IP);
        List<String> codes = espace.espace().comptes().secondFacteur().confirmer(session, codeCourant(), IP)
                .codesDeSecours();
        espace.horloge.avancer(Duration.ofMinutes(1));

        SeConnecter.Commande avecUnCodeDeSecours = espace.connexion(autre, MOT_DE_PASSE, Optional.of(codes.get(3)));

        Resultat resultat = espace.seConnecter().seConnecter(avecUnCodeDeSecours);

        assertInstanceOf(Resultat.Reussie.class, resultat);
        Notification courriel = espace.notifications.deType(TypeNotification.SECURITE_CODE_DE_SECOURS_UTILISE)
                .get(0);
        assertEquals(autre.email(), courriel.destinataire());
        assertEquals(Map.of("restants", "9", "prenom", autre.prenom(), "nom", autre.nom(),
                "instant", T0.plus(Duration.ofMinutes(1)).toString(), "ip", IP.valeur()), courriel.parametres());
        assertEquals(Optional.of("restants=9"),
                espace.journal.deType(TypeEvenementAudit.CODE_DE_SECOURS_UTILISE).get(0).detail());
        assertInstanceOf(Resultat.SecondFacteurInvalide.class, espace.seConnecter().seConnecter(
                espace.connexion(autre, MOT_DE_PASSE, Optional.of(codes.get(3)))), "spent");
    }

    @Nested
    class SecondePage {

        @Test
        void the_code_completes_the_waiting_login_once() {
            String jeton = jetonDeConnexion();

            SessionUtilisateur session = sessionDe(completer(jeton, codeCourant()));

            assertEquals(Optional.of(T0), session.secondFacteurLe());
            assertEquals(compte.id(), session.utilisateurId());
            espace.horloge.avancer(Duration.ofSeconds(30));
            assertEquals(new Resultat.Refusee(), completer(jeton, codeCourant()), "the waiting login is gone");
        }

        @Test
        void a_wrong_code_may_be_typed_again_on_the_same_waiting_login() {
            String jeton = jetonDeConnexion();

            assertEquals(new Resultat.SecondFacteurInvalide(jeton), completer(jeton, codeErroneCourant()));
            assertInstanceOf(Resultat.Reussie.class, completer(jeton, codeCourant()));
            assertEquals(List.of(T0), identifiants().temporisation().echecsRecents(), "the wrong code counted");
        }

        @Test
        void a_waiting_login_expires_after_five_minutes() {
            String jeton = jetonDeConnexion();

            espace.horloge.avancer(Duration.ofMinutes(5));

            assertEquals(new Resultat.Refusee(), completer(jeton, codeCourant()));
            assertEquals(List.of(), espace.sessions.tous());
        }

        @Test
        void the_hourly_purge_forgets_the_expired_waiting_logins_only() {
            jetonDeConnexion();
            espace.horloge.avancer(Duration.ofMinutes(4));
            String recent = jetonDeConnexion();
            espace.horloge.avancer(Duration.ofMinutes(1));

            assertEquals(1, espace.espace().exploitation().purgerConnexionsEnAttente().purger());

            assertInstanceOf(Resultat.Reussie.class, completer(recent, codeCourant()));
        }

        @Test
        void an_unknown_waiting_login_is_refused() {
            assertEquals(new Resultat.Refusee(), completer("jeton-inconnu", codeCourant()));
            assertEquals(List.of(), espace.sessions.tous());
        }

        @Test
        void the_waiting_login_of_an_account_suspended_meanwhile_is_refused() {
            String jeton = jetonDeConnexion();
            espace.suspendre(compte);

            assertEquals(new Resultat.Refusee(), completer(jeton, codeCourant()));
            assertEquals(List.of(), espace.sessions.tous());
        }

        @Test
        void a_temporary_password_is_spent_only_once_the_code_is_right() {
            espace.motDePasseProvisoireEnvoye(compte, "Provisoire-ABCD-2345");
            String jeton = assertInstanceOf(Resultat.SecondFacteurRequis.class,
                    tenter("Provisoire-ABCD-2345", Optional.empty())).jetonConnexion();
            assertTrue(identifiants().motDePasseProvisoire().isPresent(), "not spent by the password alone");

            completer(jeton, codeErroneCourant());
            assertTrue(identifiants().motDePasseProvisoire().isPresent(), "nor by a wrong code");

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, completer(jeton, codeCourant()));
            assertEquals(Set.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE), reussie.etapesEnAttente());
            assertEquals(Optional.empty(), identifiants().motDePasseProvisoire());
            assertEquals(Optional.empty(), identifiants().empreinteMotDePasse());
        }

        @Test
        void a_temporary_password_that_expires_while_its_code_is_awaited_ends_the_login() {
            espace.motDePasseProvisoireEnvoye(compte, "Provisoire-ABCD-2345",
                    CourrielsCompte.CONTEXTE_MOT_DE_PASSE_OUBLIE);
            espace.horloge.avancer(Duration.ofMinutes(58));
            String jeton = assertInstanceOf(Resultat.SecondFacteurRequis.class,
                    tenter("Provisoire-ABCD-2345", Optional.empty())).jetonConnexion();
            espace.horloge.avancer(Duration.ofMinutes(3));

            assertEquals(new Resultat.Refusee(), completer(jeton, codeCourant()));
            assertEquals(new Resultat.Refusee(), completer(jeton, codeCourant()), "the waiting login is gone");
            assertEquals(List.of(), espace.sessions.tous());
        }
    }

    @Nested
    class Politique {

        private final Utilisateur sansFacteur = espace.compteActif(UnUtilisateur.mandataire()
                .numeroAdherent("20000001"));

        private void exiger(PolitiqueSecondFacteur politique) {
            espace.ports().espace(PortsEnMemoire.reglages(politique));
        }

        private Set<EtapeObligatoire> etapesALaConnexion(Utilisateur utilisateur) {
            return espace.reussir(espace.connexion(utilisateur, MOT_DE_PASSE)).etapesEnAttente();
        }

        private Set<EtapeObligatoire> etapesIdentifiees(Utilisateur utilisateur) {
            return espace.acteur(utilisateur).etapesEnAttente();
        }

        @Test
        void required_of_everyone_a_user_without_a_factor_must_enrol_one_at_login() {
            exiger(PolitiqueSecondFacteur.OBLIGATOIRE);

            assertEquals(Set.of(EtapeObligatoire.ENROLER_SECOND_FACTEUR), etapesALaConnexion(sansFacteur));
            assertEquals(Set.of(EtapeObligatoire.ENROLER_SECOND_FACTEUR), etapesIdentifiees(sansFacteur));
        }

        @Test
        void required_of_everyone_a_user_with_a_factor_owes_nothing_once_his_code_is_right() {
            exiger(PolitiqueSecondFacteur.OBLIGATOIRE);

            assertEquals(Set.of(), etapesALaConnexion(compte));
            assertEquals(Set.of(), etapesIdentifiees(compte));
        }

        @Test
        void the_enrolment_comes_after_the_email_and_before_the_cgu() {
            exiger(PolitiqueSecondFacteur.OBLIGATOIRE);
            espace.identifiants.ajouter(Identifiants.rehydrater(sansFacteur.id(),
                    HacheurFactice.empreinteDe(MOT_DE_PASSE), null, Temporisation.AUCUNE, null, null, null));
            espace.cgu.publier(new VersionCgu("2026-02", T0.minus(Duration.ofDays(1))));

            assertEquals(List.of(EtapeObligatoire.CONFIRMER_EMAIL, EtapeObligatoire.ENROLER_SECOND_FACTEUR,
                    EtapeObligatoire.ACCEPTER_CGU), List.copyOf(etapesALaConnexion(sansFacteur)));
            assertEquals(List.of(EtapeObligatoire.CONFIRMER_EMAIL, EtapeObligatoire.ENROLER_SECOND_FACTEUR,
                    EtapeObligatoire.ACCEPTER_CGU), List.copyOf(etapesIdentifiees(sansFacteur)));
        }

        @Test
        void offered_only_a_gestionnaire_without_a_factor_must_enrol_one() {
            Utilisateur gestionnaire = espace.gestionnaire();
            espace.transactions.enTransaction(() -> {
                espace.secondsFacteurs.supprimer(gestionnaire.id());
                return null;
            });

            assertEquals(Set.of(), etapesALaConnexion(sansFacteur));
            assertEquals(Set.of(), etapesIdentifiees(sansFacteur));
            assertEquals(Set.of(EtapeObligatoire.ENROLER_SECOND_FACTEUR), etapesALaConnexion(gestionnaire));
            assertEquals(Set.of(EtapeObligatoire.ENROLER_SECOND_FACTEUR), etapesIdentifiees(gestionnaire));
        }

        @Test
        void offered_a_user_who_enrolled_one_is_asked_for_its_code() {
            assertInstanceOf(Resultat.SecondFacteurRequis.class, tenter(MOT_DE_PASSE, Optional.empty()));
        }
    }
}
