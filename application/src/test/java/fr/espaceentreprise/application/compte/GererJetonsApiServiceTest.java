package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.commun.InterditException;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GererJetonsApiServiceTest {

    private static final Instant DANS_90_JOURS = T0.plus(Duration.ofDays(90));

    private final EspaceComptes espace = new EspaceComptes();
    private final GererJetonsApi jetons = espace.espace().comptes().jetonsApi();
    private final Utilisateur compte = espace.compteActif();
    private final SessionAuthentifiee session;

    GererJetonsApiServiceTest() {
        espace.enrolerSecondFacteur(compte);
        session = espace.connecter(compte);
    }

    private GererJetonsApi.JetonCree creer(String nom, DroitsJeton droits, Instant expireLe) {
        return jetons.creer(new GererJetonsApi.Creation(session, nom, droits, expireLe, IP));
    }

    private GererJetonsApi.JetonCree creer() {
        return creer("Paie mensuelle", DroitsJeton.LECTURE, DANS_90_JOURS);
    }

    private Optional<SessionAuthentifiee> authentifier(String jeton) {
        return espace.authentifierSession().authentifier(jeton);
    }

    private JetonApi stocke(JetonApiId id) {
        return espace.ports().jetonsApi.trouver(id).orElseThrow();
    }

    @Nested
    class Creation {

        @Test
        void the_token_is_given_once_and_only_its_hash_is_kept() {
            GererJetonsApi.JetonCree cree = creer();

            assertFalse(cree.jeton().isBlank());
            assertFalse(cree.toString().contains(cree.jeton()), "the token stays out of logs");
            assertFalse(String.valueOf(espace.ports().jetonsApi.instantane()).contains(cree.jeton()),
                    "nothing stored holds the token in clear");
            assertEquals(cree.jetonApi().id(), espace.ports().jetonsApi
                    .trouverParEmpreinte(EmpreinteJeton.de(cree.jeton())).orElseThrow().id());
            JetonApi liste = jetons.lister(session).get(0);
            assertEquals("Paie mensuelle", liste.nom());
            assertEquals(DroitsJeton.LECTURE, liste.droits());
            assertEquals(T0, liste.creeLe());
            assertEquals(DANS_90_JOURS, liste.expireLe());
        }

        @Test
        void the_owner_is_mailed_the_token_s_name_rights_and_expiry_and_the_creation_audited() {
            GererJetonsApi.JetonCree cree = creer("Export SIRH", DroitsJeton.ECRITURE, DANS_90_JOURS);

            Notification courriel = espace.notifications.deType(TypeNotification.SECURITE_JETON_API_CREE).get(0);
            assertEquals(compte.email(), courriel.destinataire());
            assertEquals(Map.of("nomJeton", "Export SIRH", "droits", "ECRITURE", "expireLe", DANS_90_JOURS.toString(),
                    "prenom", "Camille", "nom", "Durand", "instant", T0.toString(), "ip", IP.valeur()),
                    courriel.parametres());
            assertFalse(courriel.parametres().containsValue(cree.jeton()));
            assertEquals(Optional.of("jeton=" + cree.jetonApi().id() + " droits=ECRITURE"),
                    espace.journal.deType(TypeEvenementAudit.JETON_API_CREE).get(0).detail());
        }

        @Test
        void only_with_the_second_factor_checked_in_the_last_ten_minutes() {
            espace.horloge.avancer(Duration.ofMinutes(11));

            InterditException refus = assertThrows(InterditException.class, GererJetonsApiServiceTest.this::creer);

            assertEquals(InterditException.REAUTHENTIFICATION_REQUISE, refus.code());
            assertEquals(0, espace.ports().jetonsApi.taille());
            assertEquals(List.of(), espace.notifications.deType(TypeNotification.SECURITE_JETON_API_CREE));
        }

        @Test
        void never_by_a_user_who_has_no_second_factor() {
            SessionAuthentifiee sansFacteur = espace.connecter(espace.compteActif(UnUtilisateur.entreprise()
                    .numeroAdherent("10000002")));

            InterditException refus = assertThrows(InterditException.class, () -> jetons.creer(
                    new GererJetonsApi.Creation(sansFacteur, "SIRH", DroitsJeton.LECTURE, DANS_90_JOURS, IP)));

            assertEquals(InterditException.REAUTHENTIFICATION_REQUISE, refus.code());
        }

        @Test
        void a_token_lives_a_year_at_most() {
            ValeurInvalideException refus = assertThrows(ValeurInvalideException.class,
                    () -> creer("SIRH", DroitsJeton.LECTURE, T0.plus(JetonApi.DUREE_MAX).plusSeconds(1)));

            assertEquals(JetonApi.EXPIRATION_INVALIDE, refus.code());
            assertEquals(0, espace.ports().jetonsApi.taille());
        }

        @Test
        void the_list_shows_the_newest_first_revoked_ones_included() {
            JetonApiId premier = creer("Premier", DroitsJeton.LECTURE, DANS_90_JOURS).jetonApi().id();
            espace.horloge.avancer(Duration.ofMinutes(1));
            JetonApiId second = creer("Second", DroitsJeton.ECRITURE, DANS_90_JOURS).jetonApi().id();
            jetons.revoquer(session, premier, IP);

            List<JetonApi> liste = jetons.lister(session);

            assertEquals(List.of(second, premier), liste.stream().map(JetonApi::id).toList());
            assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1))), liste.get(1).revoqueLe());
        }
    }

    @Nested
    class Revocation {

        @Test
        void a_revoked_token_authenticates_no_more() {
            GererJetonsApi.JetonCree cree = creer();

            jetons.revoquer(session, cree.jetonApi().id(), IP);

            assertEquals(Optional.empty(), authentifier(cree.jeton()));
            assertEquals(Optional.of("jeton=" + cree.jetonApi().id()),
                    espace.journal.deType(TypeEvenementAudit.JETON_API_REVOQUE).get(0).detail());
        }

        @Test
        void another_user_s_token_is_not_found_and_stays_valid() {
            GererJetonsApi.JetonCree cree = creer();
            SessionAuthentifiee autre = espace.connecter(espace.compteActif(UnUtilisateur.entreprise()
                    .numeroAdherent("10000002")));

            IntrouvableException refus = assertThrows(IntrouvableException.class,
                    () -> jetons.revoquer(autre, cree.jetonApi().id(), IP));

            assertEquals("jetonApi.introuvable", refus.code());
            assertTrue(authentifier(cree.jeton()).isPresent());
        }

        @Test
        void an_unknown_token_is_not_found() {
            IntrouvableException refus = assertThrows(IntrouvableException.class,
                    () -> jetons.revoquer(session, JetonApiId.nouveau(), IP));

            assertEquals("jetonApi.introuvable", refus.code());
        }
    }

    @Nested
    class Authentification {

        @Test
        void a_token_acts_as_its_owner_with_its_rights_and_no_step_pending() {
            GererJetonsApi.JetonCree cree = creer();
            espace.cgu.publier(new VersionCgu("2026-02", T0));
            espace.horloge.avancer(Duration.ofSeconds(5));

            SessionAuthentifiee parJeton = authentifier(cree.jeton()).orElseThrow();

            assertEquals(new SessionId(cree.jetonApi().id().valeur()), parJeton.sessionId());
            assertEquals(compte.id(), parJeton.utilisateurId());
            assertEquals(Optional.of(DroitsJeton.LECTURE), parJeton.jetonApi());
            assertEquals(Optional.empty(), parJeton.secondFacteurLe());
            assertEquals(Set.of(), parJeton.etapesEnAttente());
            assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), espace.acteur(compte).etapesEnAttente(),
                    "while the person owes the new CGU");
        }

        @Test
        void a_token_works_until_strictly_before_its_expiry() {
            GererJetonsApi.JetonCree cree = creer("SIRH", DroitsJeton.ECRITURE, T0.plus(Duration.ofDays(1)));

            espace.horloge.regler(T0.plus(Duration.ofDays(1)).minusMillis(1));
            assertTrue(authentifier(cree.jeton()).isPresent());
            espace.horloge.regler(T0.plus(Duration.ofDays(1)));
            assertEquals(Optional.empty(), authentifier(cree.jeton()));
        }

        @Test
        void the_token_of_a_suspended_account_authenticates_no_more() {
            GererJetonsApi.JetonCree cree = creer();
            espace.suspendre(compte);

            assertEquals(Optional.empty(), authentifier(cree.jeton()));
        }

        @Test
        void its_last_use_is_dated_at_most_once_a_minute() {
            GererJetonsApi.JetonCree cree = creer();
            JetonApiId id = cree.jetonApi().id();

            authentifier(cree.jeton());
            assertEquals(Optional.of(T0), stocke(id).dernierUsage());
            espace.horloge.avancer(Duration.ofSeconds(59));
            authentifier(cree.jeton());
            assertEquals(Optional.of(T0), stocke(id).dernierUsage());
            espace.horloge.avancer(Duration.ofSeconds(1));
            authentifier(cree.jeton());
            assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1))), stocke(id).dernierUsage());
        }
    }

    static Stream<Arguments> laSecuriteDuCompte() {
        return Stream.of(
                securite("changerMotDePasse", (e, s) -> e.comptes().changerMotDePasse().changer(
                        new ChangerMotDePasse.Commande(s, MOT_DE_PASSE.toCharArray(),
                                "Citron-Piano-Nuage-77".toCharArray(), IP))),
                securite("secondFacteur.consulter", (e, s) -> e.comptes().secondFacteur().consulter(s)),
                securite("secondFacteur.commencer", (e, s) -> e.comptes().secondFacteur().commencer(s, IP)),
                securite("secondFacteur.confirmer",
                        (e, s) -> e.comptes().secondFacteur().confirmer(s, "123456", IP)),
                securite("secondFacteur.regenererCodesDeSecours",
                        (e, s) -> e.comptes().secondFacteur().regenererCodesDeSecours(s, IP)),
                securite("secondFacteur.reverifier",
                        (e, s) -> e.comptes().secondFacteur().reverifier(s, "123456", IP)),
                securite("jetonsApi.lister", (e, s) -> e.comptes().jetonsApi().lister(s)),
                securite("jetonsApi.creer", (e, s) -> e.comptes().jetonsApi().creer(new GererJetonsApi.Creation(s,
                        "Autre", DroitsJeton.ECRITURE, DANS_90_JOURS, IP))),
                securite("jetonsApi.revoquer",
                        (e, s) -> e.comptes().jetonsApi().revoquer(s, new JetonApiId(s.sessionId().valeur()), IP)),
                securite("sessions.lister", (e, s) -> e.comptes().sessions().lister(s)),
                securite("sessions.fermer", (e, s) -> e.comptes().sessions().fermer(s, SessionId.nouveau(), IP)),
                securite("sessions.fermerLesAutres", (e, s) -> e.comptes().sessions().fermerLesAutres(s, IP)));
    }

    private static Arguments securite(String nom, BiConsumer<EspaceEntreprise, SessionAuthentifiee> appel) {
        return Arguments.of(nom, appel);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laSecuriteDuCompte")
    void the_account_s_security_is_changed_by_a_person_in_a_session_never_with_a_token(String nom,
            BiConsumer<EspaceEntreprise, SessionAuthentifiee> appel) {
        GererJetonsApi.JetonCree cree = creer("Tout", DroitsJeton.ECRITURE, DANS_90_JOURS);
        SessionAuthentifiee parJeton = authentifier(cree.jeton()).orElseThrow();
        int transactions = espace.transactions.validees();

        InterditException refus = assertThrows(InterditException.class, () -> appel.accept(espace.espace(),
                parJeton));

        assertEquals(InterditException.SESSION_REQUISE, refus.code());
        assertEquals(transactions, espace.transactions.validees(), "refused before anything is read");
        assertTrue(authentifier(cree.jeton()).isPresent(), "the token itself still works");
    }
}
