package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.compte.SeConnecter.Resultat;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeConnecterServiceTest {

    private static final NumeroAdherent INCONNU = new NumeroAdherent("19999999");

    private final EspaceComptes espace = new EspaceComptes();
    private final SeConnecter seConnecter = espace.seConnecter();
    private final Utilisateur compte = espace.compteActif();

    private Resultat tenter(String motDePasse) {
        return seConnecter.seConnecter(espace.connexion(compte, motDePasse));
    }

    private Resultat tenterInconnu(String motDePasse) {
        return seConnecter.seConnecter(new SeConnecter.Commande(INCONNU, motDePasse.toCharArray(), IP));
    }

    private EvenementAudit dernierAudit() {
        List<EvenementAudit> evenements = espace.journal.evenements();
        return evenements.get(evenements.size() - 1);
    }

    @Test
    void the_right_password_opens_a_session_known_only_by_the_hash_of_its_token() {
        Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

        assertEquals(compte.id(), reussie.acteur().utilisateurId());
        assertEquals(Set.of(), reussie.etapesEnAttente());
        SessionUtilisateur session = espace.sessions.trouverParEmpreinteJeton(EmpreinteJeton.de(reussie.jeton()))
                .orElseThrow();
        assertEquals(reussie.sessionId(), session.id());
        assertEquals(compte.id(), session.utilisateurId());
        assertEquals(T0, session.ouverteLe());
        assertFalse(reussie.toString().contains(reussie.jeton()), "the token stays out of logs");
    }

    @Test
    void each_login_gets_a_new_token() {
        Resultat.Reussie premiere = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        Resultat.Reussie seconde = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

        assertFalse(premiere.jeton().equals(seconde.jeton()));
        assertFalse(premiere.sessionId().equals(seconde.sessionId()));
    }

    @Test
    void a_login_shows_the_previous_successful_one() {
        Resultat.Reussie premiere = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        espace.horloge.avancer(Duration.ofHours(5));
        tenter("pas le bon mot de passe");
        Resultat.Reussie seconde = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

        assertEquals(Optional.empty(), premiere.derniereConnexion());
        assertEquals(Optional.of(T0), seconde.derniereConnexion());
    }

    @Test
    void a_successful_login_is_audited_with_the_account_and_address() {
        tenter(MOT_DE_PASSE);

        EvenementAudit audit = espace.journal.seul();
        assertEquals(TypeEvenementAudit.CONNEXION_REUSSIE, audit.type());
        assertEquals(Optional.of(compte.id()), audit.utilisateurId());
        assertEquals(Optional.of(compte.numeroAdherent()), audit.numeroAdherent());
        assertEquals(IP, audit.ip());
        assertEquals(T0, audit.instant());
    }

    @Test
    void the_password_typed_is_wiped_whatever_the_outcome() {
        char[] bon = MOT_DE_PASSE.toCharArray();
        char[] mauvais = "mauvais-mot-de-passe".toCharArray();

        seConnecter.seConnecter(new SeConnecter.Commande(compte.numeroAdherent(), bon, IP));
        seConnecter.seConnecter(new SeConnecter.Commande(INCONNU, mauvais, IP));

        assertEquals(new String(new char[bon.length]), new String(bon));
        assertEquals(new String(new char[mauvais.length]), new String(mauvais));
    }

    @Nested
    class IdentiquePourUnCompteInconnu {

        @Test
        void an_unknown_numero_and_a_wrong_password_get_the_same_answer_after_the_same_work() {
            int avant = espace.hacheur.verifications();
            Resultat mauvais = tenter("mauvais-mot-de-passe");
            int pourMauvais = espace.hacheur.verifications() - avant;
            Resultat inconnu = tenterInconnu("mauvais-mot-de-passe");
            int pourInconnu = espace.hacheur.verifications() - avant - pourMauvais;

            assertEquals(new Resultat.Refusee(), mauvais);
            assertEquals(mauvais, inconnu);
            assertEquals(2, pourMauvais, "current password, then pending temporary one (simulated)");
            assertEquals(pourMauvais, pourInconnu);
        }

        @Test
        void with_a_pending_temporary_password_a_wrong_one_still_costs_the_same_work() {
            espace.motDePasseProvisoireEnvoye(compte, "Provisoire-ABCD-2345");
            int avant = espace.hacheur.verifications();

            tenter("mauvais-mot-de-passe");

            assertEquals(2, espace.hacheur.verifications() - avant);
        }

        @Test
        void both_failures_are_audited_but_tell_apart_in_the_trail_only() {
            tenter("mauvais-mot-de-passe");
            tenterInconnu("mauvais-mot-de-passe");

            List<EvenementAudit> echecs = espace.journal.deType(TypeEvenementAudit.CONNEXION_ECHOUEE);
            assertEquals(2, echecs.size());
            assertEquals(Optional.of("mot_de_passe_incorrect"), echecs.get(0).detail());
            assertEquals(Optional.of(compte.id()), echecs.get(0).utilisateurId());
            assertEquals(Optional.of("compte_inconnu"), echecs.get(1).detail());
            assertEquals(Optional.empty(), echecs.get(1).utilisateurId());
            assertEquals(Optional.of(INCONNU), echecs.get(1).numeroAdherent(), "the numéro as typed");
        }

        @Test
        void an_unknown_numero_is_throttled_exactly_like_an_account() {
            for (int i = 0; i < 5; i++) {
                assertEquals(new Resultat.Refusee(), tenter("mauvais-" + i));
                assertEquals(new Resultat.Refusee(), tenterInconnu("mauvais-" + i));
            }

            assertEquals(new Resultat.Temporisee(Duration.ofMinutes(1)), tenter("mauvais-6"));
            assertEquals(new Resultat.Temporisee(Duration.ofMinutes(1)), tenterInconnu("mauvais-6"));
        }

        @Test
        void an_account_without_any_credentials_yet_refuses_like_a_wrong_password() {
            Utilisateur sansIdentifiants = espace.utilisateurs.ajouter(
                    UnUtilisateur.mandataire().numeroAdherent("20000009").build());

            Resultat resultat = seConnecter.seConnecter(espace.connexion(sansIdentifiants, MOT_DE_PASSE));

            assertEquals(new Resultat.Refusee(), resultat);
            assertEquals(1, espace.identifiants.de(sansIdentifiants.id()).temporisation().echecsConsecutifs());
        }

        @Test
        void a_password_longer_than_any_allowed_is_refused_without_hashing_it() {
            int avant = espace.hacheur.verifications();

            assertEquals(new Resultat.Refusee(), tenter("x".repeat(129)));
            assertEquals(new Resultat.Refusee(), tenterInconnu("x".repeat(100_000)));

            assertEquals(avant, espace.hacheur.verifications());
            assertEquals(1, espace.identifiants.de(compte.id()).temporisation().echecsConsecutifs());
        }
    }

    @Nested
    class Temporisation_ {

        private void echouer(int fois) {
            for (int i = 0; i < fois; i++) {
                assertEquals(new Resultat.Refusee(), tenter("mauvais"));
            }
        }

        @Test
        void four_failures_in_a_row_cost_nothing() {
            echouer(4);

            assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        }

        @Test
        void after_the_fifth_failure_even_the_right_password_waits_one_minute() {
            echouer(5);

            espace.horloge.avancer(Duration.ofSeconds(59));
            assertEquals(new Resultat.Temporisee(Duration.ofSeconds(1)), tenter(MOT_DE_PASSE));
            espace.horloge.avancer(Duration.ofSeconds(1));
            assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        }

        @ParameterizedTest(name = "after failure number {0}, wait {1} minutes")
        @CsvSource({"5, 1", "6, 2", "7, 4"})
        void each_further_failure_doubles_the_wait(int echecs, int minutes) {
            echouer(5);
            for (int echec = 6; echec <= echecs; echec++) {
                espace.horloge.avancer(Duration.ofMinutes(1L << (echec - 6)));
                assertEquals(new Resultat.Refusee(), tenter("mauvais"));
            }

            assertEquals(new Resultat.Temporisee(Duration.ofMinutes(minutes)), tenter(MOT_DE_PASSE));
            espace.horloge.avancer(Duration.ofMinutes(minutes).minusMillis(1));
            assertInstanceOf(Resultat.Temporisee.class, tenter(MOT_DE_PASSE));
            espace.horloge.avancer(Duration.ofMillis(1));
            assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        }

        @Test
        void a_refused_attempt_is_audited_as_blocked_and_not_counted() {
            echouer(5);
            int verifications = espace.hacheur.verifications();

            tenter("mauvais");
            tenter("mauvais");

            assertEquals(5, espace.identifiants.de(compte.id()).temporisation().echecsConsecutifs());
            assertEquals(verifications, espace.hacheur.verifications(), "no password checked while throttled");
            assertEquals(2, espace.journal.deType(TypeEvenementAudit.CONNEXION_BLOQUEE).size());
            assertEquals(Optional.of("temporisation"), dernierAudit().detail());
        }

        @Test
        void a_success_resets_the_count_of_consecutive_failures() {
            echouer(4);
            tenter(MOT_DE_PASSE);
            echouer(4);

            assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        }

        @Test
        void no_more_than_25_failures_in_24_hours_even_with_successes_between() {
            for (int groupe = 0; groupe < 6; groupe++) {
                echouer(4);
                assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
                espace.horloge.avancer(Duration.ofMinutes(10));
            }
            echouer(1);

            Instant premierEchec = T0;
            Resultat resultat = tenter(MOT_DE_PASSE);
            assertEquals(new Resultat.Temporisee(Duration.between(espace.horloge.instant(),
                    premierEchec.plus(Duration.ofHours(24)))), resultat);
            espace.horloge.regler(premierEchec.plus(Duration.ofHours(24)));
            assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));
        }

        @Test
        void too_many_attempts_from_one_address_are_refused_before_anything_is_checked() {
            espace.limiteur.refuser("connexion:ip:", Duration.ofSeconds(42));

            assertEquals(new Resultat.Temporisee(Duration.ofSeconds(42)), tenter(MOT_DE_PASSE));

            assertEquals(0, espace.hacheur.verifications());
            assertEquals(List.of(), espace.journal.evenements());
            assertEquals(List.of("connexion:ip:203.0.113.7"), espace.limiteur.cles());
        }
    }

    @Nested
    class ComptesQuiNePeuventPasSeConnecter {

        @Test
        void a_suspended_account_is_told_so_only_after_its_right_password_and_audited_as_such() {
            Utilisateur suspendu = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000002").suspendu());

            Resultat mauvais = seConnecter.seConnecter(espace.connexion(suspendu, "mauvais-mot-de-passe"));
            Resultat resultat = seConnecter.seConnecter(espace.connexion(suspendu, MOT_DE_PASSE));

            assertEquals(new Resultat.Refusee(), mauvais);
            assertEquals(new Resultat.Suspendu(), resultat);
            assertEquals(Optional.of("compte_suspendu"), dernierAudit().detail());
            assertEquals(TypeEvenementAudit.CONNEXION_ECHOUEE, dernierAudit().type());
            assertEquals(List.of(), espace.sessions.tous());
        }

        @Test
        void a_deleted_account_is_refused_like_an_unknown_numero() {
            Utilisateur supprime = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000003").supprime());

            Resultat resultat = seConnecter.seConnecter(espace.connexion(supprime, MOT_DE_PASSE));

            assertEquals(new Resultat.Refusee(), resultat);
            assertEquals(Optional.of("compte_inconnu"), dernierAudit().detail());
        }

        @Test
        void an_account_whose_access_is_closed_is_refused_like_a_wrong_password() {
            espace.fermerAcces(compte);

            assertEquals(new Resultat.Refusee(), tenter(MOT_DE_PASSE));

            assertEquals(Optional.of("acces_clos"), dernierAudit().detail());
            assertEquals(1, espace.identifiants.de(compte.id()).temporisation().echecsConsecutifs());
        }
    }

    @Nested
    class MotsDePasseProvisoires {

        private static final String PROVISOIRE = "Provisoire-ABCD-2345";

        @Test
        void the_former_password_keeps_working_while_a_temporary_one_is_pending() {
            espace.motDePasseProvisoireEnvoye(compte, PROVISOIRE);

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

            assertEquals(Set.of(), reussie.etapesEnAttente());
            assertTrue(espace.identifiants.de(compte.id()).motDePasseProvisoire().isPresent(), "still pending");
        }

        @Test
        void a_login_with_the_temporary_password_requires_choosing_a_new_one_and_consumes_it() {
            espace.motDePasseProvisoireEnvoye(compte, PROVISOIRE);

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, tenter(PROVISOIRE));

            assertEquals(Set.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE), reussie.etapesEnAttente());
            assertEquals(Optional.of("mot_de_passe_provisoire"), dernierAudit().detail());
            Identifiants apres = espace.identifiants.de(compte.id());
            assertEquals(Optional.empty(), apres.motDePasseProvisoire());
            assertEquals(Optional.empty(), apres.empreinteMotDePasse(), "the former password is retired");
        }

        @Test
        void a_temporary_password_works_once() {
            espace.motDePasseProvisoireEnvoye(compte, PROVISOIRE);
            tenter(PROVISOIRE);

            assertEquals(new Resultat.Refusee(), tenter(PROVISOIRE));
            assertEquals(new Resultat.Refusee(), tenter(MOT_DE_PASSE), "nor the former one after it was used");
        }

        @ParameterizedTest(name = "{0}: {1} h")
        @CsvSource({"MOT_DE_PASSE_OUBLIE, 1", "INSCRIPTION, 72"})
        void a_temporary_password_stops_working_when_its_lifetime_is_over(String contexte, int heures) {
            espace.motDePasseProvisoireEnvoye(compte, PROVISOIRE, contexte);

            espace.horloge.avancer(Duration.ofHours(heures));
            assertEquals(new Resultat.Refusee(), tenter(PROVISOIRE));
            assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE), "the former one still works");
        }

        @ParameterizedTest(name = "{0}: {1} h")
        @CsvSource({"MOT_DE_PASSE_OUBLIE, 1", "INSCRIPTION, 72"})
        void a_temporary_password_works_until_the_last_millisecond_of_its_lifetime(String contexte, int heures) {
            espace.motDePasseProvisoireEnvoye(compte, PROVISOIRE, contexte);

            espace.horloge.avancer(Duration.ofHours(heures).minusMillis(1));
            assertInstanceOf(Resultat.Reussie.class, tenter(PROVISOIRE));
        }
    }

    @Nested
    class EtapesObligatoires {

        @Test
        void an_unconfirmed_email_must_be_confirmed() {
            Utilisateur nouveau = espace.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000003"));
            espace.identifiants.ajouter(Identifiants.rehydrater(nouveau.id(),
                    HacheurFactice.empreinteDe(MOT_DE_PASSE), null, Temporisation.AUCUNE, null, null, null));

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class,
                    seConnecter.seConnecter(espace.connexion(nouveau, MOT_DE_PASSE)));

            assertEquals(Set.of(EtapeObligatoire.CONFIRMER_EMAIL), reussie.etapesEnAttente());
        }

        @Test
        void a_confirmed_address_that_is_no_longer_the_accounts_must_be_confirmed_again() {
            espace.identifiants.ajouter(Identifiants.rehydrater(compte.id(), HacheurFactice.empreinteDe(MOT_DE_PASSE),
                    null, Temporisation.AUCUNE, espace.email("ancienne@example.fr"), null, null));

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

            assertEquals(Set.of(EtapeObligatoire.CONFIRMER_EMAIL), reussie.etapesEnAttente());
        }

        @Test
        void a_newer_version_of_the_cgu_must_be_accepted() {
            espace.cgu.publier(new VersionCgu("2026-02", T0.minusSeconds(1)));

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

            assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), reussie.etapesEnAttente());
        }

        @Test
        void a_version_published_later_does_not_apply_yet() {
            espace.cgu.publier(new VersionCgu("2026-02", T0.plusSeconds(1)));

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

            assertEquals(Set.of(), reussie.etapesEnAttente());
        }

        @Test
        void cgu_never_accepted_must_be() {
            Utilisateur sansCgu = espace.compte(UnUtilisateur.mandataire().numeroAdherent("20000004"));
            espace.identifiants.ajouter(Identifiants.rehydrater(sansCgu.id(), HacheurFactice.empreinteDe(MOT_DE_PASSE),
                    null, Temporisation.AUCUNE, sansCgu.email(), null, null));

            Resultat.Reussie reussie = assertInstanceOf(Resultat.Reussie.class,
                    seConnecter.seConnecter(espace.connexion(sansCgu, MOT_DE_PASSE)));

            assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), reussie.etapesEnAttente());
            assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU),
                    espace.sessions.de(reussie.sessionId()).etapesEnAttente(), "kept with the session");
        }

        @Test
        void without_any_cgu_published_there_is_nothing_to_accept() {
            EspaceComptes sansCgu = EspaceComptes.sansCguPubliees();
            Utilisateur utilisateur = sansCgu.compteActif();

            assertEquals(Set.of(), sansCgu.connecter(utilisateur).etapesEnAttente());
        }
    }

    @Test
    void an_outdated_hash_is_replaced_at_login() {
        espace.identifiants.ajouter(Identifiants.rehydrater(compte.id(),
                HacheurFactice.VERSION_ANCIENNE + MOT_DE_PASSE, null, Temporisation.AUCUNE, compte.email(), null,
                null));

        assertInstanceOf(Resultat.Reussie.class, tenter(MOT_DE_PASSE));

        assertEquals(Optional.of(HacheurFactice.empreinteDe(MOT_DE_PASSE)),
                espace.identifiants.de(compte.id()).empreinteMotDePasse());
    }

    @Test
    void a_current_hash_is_left_alone() {
        tenter(MOT_DE_PASSE);

        assertEquals(0, espace.hacheur.hachages());
    }
}
