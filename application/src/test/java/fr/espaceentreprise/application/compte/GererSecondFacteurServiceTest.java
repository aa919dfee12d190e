package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static fr.espaceentreprise.application.compte.EspaceComptes.codeErrone;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.commun.InterditException;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.compte.SeConnecter.Resultat;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.CodeDeSecours;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GererSecondFacteurServiceTest {

    private static final SecretTotp AUTRE_SECRET = SecretTotp.depuisBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    private final EspaceComptes espace = new EspaceComptes();
    private final GererSecondFacteur secondFacteur = espace.espace().comptes().secondFacteur();
    private final Utilisateur compte = espace.compteActif();
    private String jeton;

    private Instant maintenant() {
        return espace.horloge.instant();
    }

    /** The code an app shows now, for the secret the enrolment gave it. */
    private String codeDe(GererSecondFacteur.Enrolement enrolement) {
        return Totp.code(SecretTotp.depuisBase32(enrolement.secret()), Totp.pas(maintenant()));
    }

    private GererSecondFacteur.Activation enroler(SessionAuthentifiee session) {
        return secondFacteur.confirmer(session, codeDe(secondFacteur.commencer(session, IP)), IP);
    }

    /** Logs the account in and keeps the session's token, to authenticate its later requests. */
    private SessionAuthentifiee connecter(Utilisateur utilisateur) {
        Resultat.Reussie reussie = espace.reussir(espace.connexion(utilisateur, MOT_DE_PASSE));
        jeton = reussie.jeton();
        return espace.authentifier(reussie);
    }

    /** The session of the last login, as its next request sees it. */
    private SessionAuthentifiee relire() {
        return espace.authentifierSession().authentifier(jeton).orElseThrow();
    }

    /** The account enrolled, logged in with its code. */
    private SessionAuthentifiee connecterAvecUnSecondFacteur() {
        espace.enrolerSecondFacteur(compte);
        return connecter(compte);
    }

    private Optional<SecondFacteur> facteur() {
        return espace.secondsFacteurs.trouver(compte.id());
    }

    private Resultat seConnecterAvec(String code) {
        return espace.seConnecter().seConnecter(espace.connexion(compte, MOT_DE_PASSE, Optional.of(code)));
    }

    @Nested
    class Enrolement {

        @Test
        void starting_gives_the_secret_in_base_32_and_the_uri_of_its_qr_code_naming_the_numero() {
            SessionAuthentifiee session = connecter(compte);

            GererSecondFacteur.Enrolement enrolement = secondFacteur.commencer(session, IP);

            assertEquals(GenerateurFactice.SECRET_TOTP.enBase32(), enrolement.secret());
            assertEquals("otpauth://totp/Espace%20Entreprise:10000001?secret=" + enrolement.secret()
                    + "&issuer=Espace%20Entreprise&algorithm=SHA1&digits=6&period=30", enrolement.uri());
            assertFalse(enrolement.toString().contains(enrolement.secret()), "the secret stays out of logs");
            assertEquals(Optional.empty(), facteur(), "nothing active before a first code");
            assertTrue(espace.secondsFacteurs.trouverEnrolement(compte.id()).isPresent());
        }

        @Test
        void a_first_code_of_the_app_activates_it_with_ten_distinct_recovery_codes_kept_as_hashes() {
            SessionAuthentifiee session = connecter(compte);

            GererSecondFacteur.Activation activation = enroler(session);

            List<String> codes = activation.codesDeSecours();
            assertEquals(SecondFacteur.CODES_DE_SECOURS, new HashSet<>(codes).size());
            SecondFacteur actif = facteur().orElseThrow();
            assertEquals(T0, actif.actifDepuis());
            assertEquals(10, actif.codesDeSecoursDisponibles());
            assertTrue(actif.codesDeSecours().stream().map(CodeDeSecours::empreinte).noneMatch(codes::contains));
            assertEquals(Optional.empty(), espace.secondsFacteurs.trouverEnrolement(compte.id()));
            assertFalse(activation.toString().contains(codes.get(0)), "the codes stay out of logs");
        }

        @Test
        void the_required_step_is_done_and_the_session_counts_as_checked() {
            espace.ports().espace(PortsEnMemoire.reglages(PolitiqueSecondFacteur.OBLIGATOIRE));
            SessionAuthentifiee session = connecter(compte);
            assertEquals(Set.of(EtapeObligatoire.ENROLER_SECOND_FACTEUR), session.etapesEnAttente());
            GererSecondFacteur gerer = espace.espace().comptes().secondFacteur();

            GererSecondFacteur.Activation activation = gerer.confirmer(session,
                    codeDe(gerer.commencer(session, IP)), IP);

            assertEquals(Set.of(), activation.etapesRestantes());
            SessionAuthentifiee apres = relire();
            assertEquals(Set.of(), apres.etapesEnAttente());
            assertEquals(Optional.of(T0), apres.secondFacteurLe());
            assertEquals(new GererSecondFacteur.Etat(Optional.of(T0), 10, true, true), gerer.consulter(apres));
        }

        @Test
        void the_user_is_mailed_and_the_activation_audited() {
            enroler(connecter(compte));

            Notification courriel = espace.notifications.deType(TypeNotification.SECURITE_SECOND_FACTEUR_ACTIVE)
                    .get(0);
            assertEquals(compte.email(), courriel.destinataire());
            assertEquals(Map.of("prenom", "Camille", "nom", "Durand", "instant", T0.toString(), "ip", IP.valeur()),
                    courriel.parametres());
            assertEquals(1, espace.journal.deType(TypeEvenementAudit.SECOND_FACTEUR_ACTIVE).size());
        }

        @Test
        void the_next_login_asks_for_its_code() {
            enroler(connecter(compte));

            assertInstanceOf(Resultat.SecondFacteurRequis.class, espace.seConnecter().seConnecter(
                    new SeConnecter.Commande(compte.numeroAdherent(), MOT_DE_PASSE.toCharArray(), IP)));
        }

        @Test
        void a_wrong_code_activates_nothing_and_may_be_typed_again() {
            SessionAuthentifiee session = connecter(compte);
            GererSecondFacteur.Enrolement enrolement = secondFacteur.commencer(session, IP);

            RegleMetierException refus = assertThrows(RegleMetierException.class,
                    () -> secondFacteur.confirmer(session, codeErrone(maintenant()), IP));

            assertEquals("secondFacteur.code_incorrect", refus.code());
            assertEquals(Optional.of("code"), refus.champ());
            assertEquals(Optional.empty(), facteur());
            assertDoesNotThrow(() -> secondFacteur.confirmer(session, codeDe(enrolement), IP));
        }

        @Test
        void confirming_what_was_never_started_is_refused() {
            SessionAuthentifiee session = connecter(compte);

            RegleMetierException refus = assertThrows(RegleMetierException.class,
                    () -> secondFacteur.confirmer(session, "123456", IP));

            assertEquals("secondFacteur.aucun_enrolement", refus.code());
        }

        @Test
        void an_enrolment_is_to_be_confirmed_within_thirty_minutes() {
            SessionAuthentifiee session = connecter(compte);
            GererSecondFacteur.Enrolement enrolement = secondFacteur.commencer(session, IP);
            espace.horloge.avancer(Duration.ofMinutes(20));
            relire();
            espace.horloge.avancer(Duration.ofMinutes(10));

            RegleMetierException refus = assertThrows(RegleMetierException.class,
                    () -> secondFacteur.confirmer(session, codeDe(enrolement), IP));

            assertEquals("secondFacteur.enrolement_expire", refus.code());
            assertEquals(Optional.empty(), facteur());
        }
    }

    @Nested
    class NouveauTelephone {

        private final SessionAuthentifiee session = connecterAvecUnSecondFacteur();

        @Test
        void enrolling_again_needs_the_factor_checked_in_the_last_ten_minutes() {
            espace.horloge.avancer(Duration.ofMinutes(11));

            InterditException refus = assertThrows(InterditException.class,
                    () -> secondFacteur.commencer(session, IP));

            assertEquals(InterditException.REAUTHENTIFICATION_REQUISE, refus.code());
            assertEquals(Optional.empty(), espace.secondsFacteurs.trouverEnrolement(compte.id()));
        }

        @Test
        void within_ten_minutes_of_the_login_s_code_it_may_start() {
            espace.horloge.avancer(Duration.ofMinutes(9));

            assertDoesNotThrow(() -> secondFacteur.commencer(session, IP));
        }

        @Test
        void the_former_factor_keeps_working_until_the_new_one_is_confirmed() {
            espace.generateur.prochainSecretTotp(AUTRE_SECRET);
            GererSecondFacteur.Enrolement enrolement = secondFacteur.commencer(session, IP);
            espace.horloge.avancer(Duration.ofSeconds(30));

            assertInstanceOf(Resultat.Reussie.class, seConnecterAvec(EspaceComptes.codeTotp(maintenant())));
            espace.horloge.avancer(Duration.ofSeconds(30));
            secondFacteur.confirmer(session, codeDe(enrolement), IP);
            espace.horloge.avancer(Duration.ofSeconds(30));

            assertInstanceOf(Resultat.SecondFacteurInvalide.class,
                    seConnecterAvec(EspaceComptes.codeTotp(maintenant())), "the former phone opens nothing");
            assertInstanceOf(Resultat.Reussie.class, seConnecterAvec(codeDe(enrolement)));
            assertEquals(AUTRE_SECRET, facteur().orElseThrow().secret());
        }
    }

    @Nested
    class CodesDeSecours {

        private final List<String> premiers;
        private final SessionAuthentifiee session;

        CodesDeSecours() {
            premiers = enroler(connecter(compte)).codesDeSecours();
            session = relire();
        }

        @Test
        void new_codes_void_the_former_ones() {
            List<String> nouveaux = secondFacteur.regenererCodesDeSecours(session, IP);

            assertEquals(SecondFacteur.CODES_DE_SECOURS, nouveaux.size());
            assertTrue(nouveaux.stream().noneMatch(premiers::contains));
            assertInstanceOf(Resultat.SecondFacteurInvalide.class, seConnecterAvec(premiers.get(0)));
            assertInstanceOf(Resultat.Reussie.class, seConnecterAvec(nouveaux.get(0)));
            assertEquals(1, espace.journal.deType(TypeEvenementAudit.CODES_DE_SECOURS_REGENERES).size());
        }

        @Test
        void new_codes_need_the_factor_checked_in_the_last_ten_minutes() {
            espace.horloge.avancer(Duration.ofMinutes(11));

            InterditException refus = assertThrows(InterditException.class,
                    () -> secondFacteur.regenererCodesDeSecours(session, IP));

            assertEquals(InterditException.REAUTHENTIFICATION_REQUISE, refus.code());
            assertInstanceOf(Resultat.Reussie.class, seConnecterAvec(premiers.get(0)), "the former ones work");
        }
    }

    @Nested
    class Reverification {

        private final SessionAuthentifiee session = connecterAvecUnSecondFacteur();

        @Test
        void the_right_code_checks_the_session_again() {
            espace.horloge.avancer(Duration.ofMinutes(20));

            secondFacteur.reverifier(session, EspaceComptes.codeTotp(maintenant()), IP);

            SessionAuthentifiee apres = relire();
            assertEquals(Optional.of(maintenant()), apres.secondFacteurLe());
            assertTrue(secondFacteur.consulter(apres).verifieRecemment());
            assertDoesNotThrow(() -> secondFacteur.commencer(apres, IP));
        }

        @Test
        void a_wrong_code_is_refused_on_its_field_and_counted_as_a_failed_attempt() {
            RegleMetierException refus = assertThrows(RegleMetierException.class,
                    () -> secondFacteur.reverifier(session, codeErrone(maintenant()), IP));

            assertEquals("secondFacteur.code_incorrect", refus.code());
            assertEquals(Optional.of("code"), refus.champ());
            assertEquals(1, espace.identifiants.de(compte.id()).temporisation().echecsConsecutifs());
            assertEquals(Optional.of("reverification"),
                    espace.journal.deType(TypeEvenementAudit.SECOND_FACTEUR_ECHOUE).get(0).detail());
            assertEquals(Optional.of(T0), relire().secondFacteurLe());
        }

        @Test
        void a_throttled_account_cannot_try_codes_here_either() {
            for (int i = 0; i < Temporisation.ECHECS_TOLERES; i++) {
                assertThrows(RegleMetierException.class,
                        () -> secondFacteur.reverifier(session, codeErrone(maintenant()), IP));
            }

            TropDeTentativesException refus = assertThrows(TropDeTentativesException.class,
                    () -> secondFacteur.reverifier(session, EspaceComptes.codeTotp(maintenant()), IP));

            assertEquals(Duration.ofMinutes(1), refus.reessayerApres());
        }

        @Test
        void the_code_that_opened_the_session_proves_nothing_again() {
            String codeDeLaConnexion = EspaceComptes.codeTotp(T0);
            espace.horloge.avancer(Duration.ofSeconds(20));

            assertThrows(RegleMetierException.class, () -> secondFacteur.reverifier(session, codeDeLaConnexion, IP));
            assertNotEquals(Optional.of(T0.plusSeconds(20)), relire().secondFacteurLe());
        }
    }
}
