package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** DemanderCodeEmail, the code drawn at dispatch, and ConfirmerEmail. */
class ConfirmationEmailServiceTest {

    private static final String CODE = "042917";

    private final EspaceComptes espace = new EspaceComptes();
    private final Utilisateur compte = compteAEmailNonConfirme();
    private final SessionAuthentifiee session = espace.connecter(compte);

    private Utilisateur compteAEmailNonConfirme() {
        Utilisateur utilisateur = espace.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000001")
                .email("camille@courtage.fr"));
        espace.identifiants.ajouter(Identifiants.rehydrater(utilisateur.id(), HacheurFactice.empreinteDe(MOT_DE_PASSE),
                null, Temporisation.AUCUNE, null, null, null));
        return utilisateur;
    }

    /** Asks for a code and plays the dispatch, which draws it; answers the code the mail carries. */
    private String codeEnvoye() {
        espace.demanderCodeEmail().demander(new DemanderCodeEmail.Commande(session, IP));
        return espace.secretEnvoye(compte, CourrielsCompte.CODE);
    }

    private Set<EtapeObligatoire> confirmer(String code) {
        return espace.confirmerEmail().confirmer(new ConfirmerEmail.Commande(session, code, IP));
    }

    @Test
    void the_login_asks_for_the_confirmation() {
        assertEquals(Set.of(EtapeObligatoire.CONFIRMER_EMAIL), session.etapesEnAttente());
    }

    @Test
    void the_code_mail_goes_to_the_accounts_address_with_no_secret_in_the_outbox() {
        espace.demanderCodeEmail().demander(new DemanderCodeEmail.Commande(session, IP));

        Notification notification = espace.notifications.envoyees().get(0);
        assertEquals(TypeNotification.CODE_CONFIRMATION_EMAIL, notification.type());
        assertEquals(compte.email(), notification.destinataire());
        assertEquals(Optional.of(compte.id()), notification.utilisateurId());
        assertFalse(notification.parametres().containsKey(CourrielsCompte.CODE));
    }

    @Test
    void the_code_is_drawn_at_dispatch_and_only_its_hash_is_kept_for_10_minutes() {
        String code = codeEnvoye();

        assertEquals(CODE, code);
        var enAttente = espace.identifiants.de(compte.id()).codeEmail().orElseThrow();
        assertEquals(HacheurFactice.empreinteDe(CODE), enAttente.empreinte());
        assertEquals(compte.email(), enAttente.email());
        assertEquals(espace.horloge.instant().plus(Duration.ofMinutes(10)), enAttente.expireLe());
        assertEquals(5, enAttente.essaisRestants());
    }

    @Test
    void the_right_code_confirms_the_address_and_completes_the_step() {
        String code = codeEnvoye();

        assertEquals(Set.of(), confirmer(code));

        assertTrue(espace.identifiants.de(compte.id()).aConfirme(compte.email()));
        assertEquals(Set.of(), espace.sessions.de(session.sessionId()).etapesEnAttente());
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.EMAIL_CONFIRME).size());
        assertEquals(Set.of(), espace.connecter(compte).etapesEnAttente(), "not asked again at the next login");
    }

    @Test
    void a_wrong_code_costs_an_attempt_and_says_how_many_remain() {
        codeEnvoye();

        RegleMetierException erreur = assertRegleMetier("email.code.incorrect", () -> confirmer("000000"));

        assertEquals(Optional.of("code"), erreur.champ());
        assertEquals(Map.of("essaisRestants", 4), erreur.parametres());
        assertEquals(4, espace.identifiants.de(compte.id()).codeEmail().orElseThrow().essaisRestants(),
                "stored although refused");
    }

    @Test
    void the_fifth_wrong_code_voids_it_and_even_the_right_one_then_fails() {
        String code = codeEnvoye();
        for (int i = 0; i < 4; i++) {
            assertRegleMetier("email.code.incorrect", () -> confirmer("000000"));
        }

        assertRegleMetier("email.code.epuise", () -> confirmer("000000"));
        assertRegleMetier("email.code.absent", () -> confirmer(code));
        assertFalse(espace.identifiants.de(compte.id()).aConfirme(compte.email()));
    }

    @Test
    void the_fifth_attempt_may_be_the_right_one() {
        String code = codeEnvoye();
        for (int i = 0; i < 4; i++) {
            assertRegleMetier("email.code.incorrect", () -> confirmer("000000"));
        }

        assertEquals(Set.of(), confirmer(code));
    }

    @Test
    void a_code_works_for_10_minutes_and_not_one_millisecond_more() {
        String code = codeEnvoye();
        espace.horloge.avancer(Duration.ofMinutes(10));

        assertRegleMetier("email.code.expire", () -> confirmer(code));
    }

    @Test
    void a_code_works_until_the_last_millisecond_of_its_10_minutes() {
        String code = codeEnvoye();
        espace.horloge.avancer(Duration.ofMinutes(10).minusMillis(1));

        assertEquals(Set.of(), confirmer(code));
    }

    @Test
    void a_new_code_replaces_the_previous_one() {
        espace.generateur.prochainCode("111111");
        String premier = codeEnvoye();
        espace.generateur.prochainCode("222222");
        String second = codeEnvoye();

        assertRegleMetier("email.code.incorrect", () -> confirmer(premier));
        assertEquals(Set.of(), confirmer(second));
    }

    @Test
    void without_a_code_sent_nothing_can_be_confirmed() {
        assertRegleMetier("email.code.absent", () -> confirmer(CODE));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1234567", "12a456", "１２３４５６"})
    void a_code_that_is_not_six_digits_is_refused_on_its_field_without_costing_an_attempt(String code) {
        codeEnvoye();

        assertValeurInvalide("email.code.invalide", "code", () -> confirmer(code));

        assertEquals(5, espace.identifiants.de(compte.id()).codeEmail().orElseThrow().essaisRestants());
    }

    @Test
    void spaces_around_the_code_are_ignored() {
        String code = codeEnvoye();

        assertEquals(Set.of(), confirmer("  " + code + " "));
    }

    @Test
    void codes_are_limited_per_account() {
        espace.limiteur.refuser("code-email:utilisateur:" + compte.id(), Duration.ofMinutes(12));

        TropDeTentativesException erreur = assertThrows(TropDeTentativesException.class,
                () -> espace.demanderCodeEmail().demander(new DemanderCodeEmail.Commande(session, IP)));

        assertEquals(Duration.ofMinutes(12), erreur.reessayerApres());
        assertEquals(List.of(), espace.notifications.envoyees());
    }
}
