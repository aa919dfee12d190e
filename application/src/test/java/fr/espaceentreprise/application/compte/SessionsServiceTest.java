package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** AuthentifierSession and SeDeconnecter: what a token is worth over time. */
class SessionsServiceTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final AuthentifierSession authentifier = espace.authentifierSession();
    private final Utilisateur compte = espace.compteActif();

    private String jeton() {
        return assertInstanceOf(SeConnecter.Resultat.Reussie.class,
                espace.seConnecter().seConnecter(espace.connexion(compte, MOT_DE_PASSE))).jeton();
    }

    @Test
    void a_token_from_login_designates_the_actor_and_counts_as_activity() {
        String jeton = jeton();
        espace.horloge.avancer(Duration.ofMinutes(10));

        SessionAuthentifiee session = authentifier.authentifier(jeton).orElseThrow();

        assertEquals(compte.id(), session.utilisateurId());
        assertEquals(Set.of(), session.etapesEnAttente());
        assertEquals(T0.plus(Duration.ofMinutes(10)), espace.sessions.de(session.sessionId()).derniereActivite());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"jeton-inconnu", " "})
    void an_unknown_or_missing_token_is_nobody(String jeton) {
        jeton();

        assertEquals(Optional.empty(), authentifier.authentifier(jeton));
    }

    @Test
    void a_huge_token_is_not_even_hashed() {
        assertEquals(Optional.empty(), authentifier.authentifier("x".repeat(10_000)));
    }

    @Test
    void a_session_idle_for_30_minutes_is_over() {
        String jeton = jeton();

        espace.horloge.avancer(Duration.ofMinutes(30).minusMillis(1));
        assertTrue(authentifier.authentifier(jeton).isPresent());
        espace.horloge.avancer(Duration.ofMinutes(30));
        assertEquals(Optional.empty(), authentifier.authentifier(jeton));
    }

    @Test
    void a_session_idle_for_exactly_30_minutes_is_over() {
        String jeton = jeton();

        espace.horloge.avancer(Duration.ofMinutes(30));

        assertEquals(Optional.empty(), authentifier.authentifier(jeton));
    }

    @Test
    void a_session_ends_12_hours_after_login_however_busy() {
        String jeton = jeton();
        for (int i = 0; i < 12 * 3 - 1; i++) {
            espace.horloge.avancer(Duration.ofMinutes(20));
            assertTrue(authentifier.authentifier(jeton).isPresent(), "after " + (i + 1) * 20 + " min");
        }
        espace.horloge.regler(T0.plus(Duration.ofHours(12)).minusMillis(1));
        assertTrue(authentifier.authentifier(jeton).isPresent());

        espace.horloge.regler(T0.plus(Duration.ofHours(12)));
        assertEquals(Optional.empty(), authentifier.authentifier(jeton));
    }

    @Test
    void the_session_of_an_account_suspended_meanwhile_is_refused_and_revoked() {
        String jeton = jeton();
        Utilisateur suspendu = espace.utilisateurs.trouver(compte.id()).orElseThrow();
        suspendu.suspendre();
        espace.utilisateurs.ajouter(suspendu);

        assertEquals(Optional.empty(), authentifier.authentifier(jeton));

        suspendu.reactiver();
        espace.utilisateurs.ajouter(suspendu);
        assertEquals(Optional.empty(), authentifier.authentifier(jeton), "it does not come back");
    }

    @Test
    void the_pending_steps_travel_with_the_session() {
        espace.cgu.publier(new VersionCgu("2026-02", T0.minusSeconds(1)));

        SessionAuthentifiee session = espace.connecter(compte);

        assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), session.etapesEnAttente());
    }

    @Test
    void logout_ends_the_session_server_side_and_is_audited() {
        String jeton = jeton();
        SessionAuthentifiee session = authentifier.authentifier(jeton).orElseThrow();
        espace.horloge.avancer(Duration.ofMinutes(1));

        espace.seDeconnecter().seDeconnecter(new SeDeconnecter.Commande(jeton, IP));

        assertEquals(Optional.empty(), authentifier.authentifier(jeton));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1))),
                espace.sessions.de(session.sessionId()).revoqueeLe());
        EvenementAudit audit = espace.journal.deType(TypeEvenementAudit.DECONNEXION).get(0);
        assertEquals(Optional.of(compte.id()), audit.utilisateurId());
        assertEquals(Optional.of(compte.numeroAdherent()), audit.numeroAdherent());
    }

    @Test
    void logging_out_twice_or_with_an_unknown_token_changes_nothing() {
        String jeton = jeton();
        espace.seDeconnecter().seDeconnecter(new SeDeconnecter.Commande(jeton, IP));

        espace.seDeconnecter().seDeconnecter(new SeDeconnecter.Commande(jeton, IP));
        espace.seDeconnecter().seDeconnecter(new SeDeconnecter.Commande("jeton-inconnu", IP));

        assertEquals(1, espace.journal.deType(TypeEvenementAudit.DECONNEXION).size());
    }

    @Test
    void logging_out_of_one_session_leaves_the_others() {
        String premier = jeton();
        String second = jeton();

        espace.seDeconnecter().seDeconnecter(new SeDeconnecter.Commande(premier, IP));

        assertTrue(authentifier.authentifier(second).isPresent());
    }

    @Test
    void a_stored_session_never_holds_its_token() {
        String jeton = jeton();

        assertEquals(List.of(), espace.sessions.tous().stream()
                .filter(session -> session.toString().contains(jeton)).toList());
        assertTrue(espace.sessions.trouverParEmpreinteJeton(EmpreinteJeton.de(jeton)).isPresent());
    }

    @Test
    void a_token_of_another_account_designates_that_account_only() {
        Utilisateur autre = espace.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000001"));
        String jetonDuCompte = jeton();
        SessionAuthentifiee sessionAutre = espace.connecter(autre);

        assertEquals(compte.id(), authentifier.authentifier(jetonDuCompte).orElseThrow().utilisateurId());
        assertEquals(autre.id(), sessionAutre.utilisateurId());
    }
}
