package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.MotDePasseProvisoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RecupererAcces: forgotten password, forgotten numéro. */
class RecuperationServiceTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final Utilisateur compte = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001")
            .prenomme("Camille").nomme("Durand").email("Camille.Durand@example.fr").langue(Langue.EN));

    @Nested
    class MotDePasseOublie_ {

        private void demander(String numero) {
            espace.recupererAcces().motDePasseOublie(new RecupererAcces.MotDePasseOublie(new NumeroAdherent(numero), IP));
        }

        @Test
        void a_known_account_gets_a_temporary_password_mail_in_its_language_with_no_secret_queued() {
            demander("10000001");

            Notification notification = espace.notifications.envoyees().get(0);
            assertEquals(TypeNotification.MOT_DE_PASSE_PROVISOIRE, notification.type());
            assertEquals(compte.email(), notification.destinataire());
            assertEquals(Langue.EN, notification.langue());
            assertEquals(Optional.of(compte.id()), notification.utilisateurId());
            assertEquals(Map.of("prenom", "Camille", "nom", "Durand", "contexte", "MOT_DE_PASSE_OUBLIE"),
                    notification.parametres());
            EvenementAudit audit = espace.journal.seul();
            assertEquals(TypeEvenementAudit.MOT_DE_PASSE_OUBLIE, audit.type());
            assertEquals(Optional.of("courriel_envoye"), audit.detail());
        }

        @Test
        void an_unknown_numero_gets_the_same_answer_and_no_mail() {
            demander("19999999");

            assertEquals(List.of(), espace.notifications.envoyees());
            EvenementAudit audit = espace.journal.seul();
            assertEquals(Optional.of(new NumeroAdherent("19999999")), audit.numeroAdherent());
            assertEquals(Optional.of("compte_inconnu"), audit.detail());
        }

        @Test
        void a_suspended_account_gets_no_mail() {
            espace.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000001").suspendu());

            demander("20000001");

            assertEquals(List.of(), espace.notifications.envoyees());
            assertEquals(Optional.of("compte_suspendu"), espace.journal.seul().detail());
        }

        @Test
        void the_current_password_keeps_working_until_the_temporary_one_is_used() {
            demander("10000001");
            String provisoire = espace.motDePasseProvisoireEnvoye(compte, "Provisoire-WXYZ-6789");

            assertInstanceOf(SeConnecter.Resultat.Reussie.class,
                    espace.seConnecter().seConnecter(espace.connexion(compte, MOT_DE_PASSE)));
            SessionAuthentifiee session = espace.connecter(compte, provisoire);

            assertEquals(Set.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE), session.etapesEnAttente());
            assertEquals(new SeConnecter.Resultat.Refusee(),
                    espace.seConnecter().seConnecter(espace.connexion(compte, MOT_DE_PASSE)));
        }

        @Test
        void the_temporary_password_mailed_lives_an_hour() {
            demander("10000001");
            String provisoire = espace.secretEnvoye(compte, CourrielsCompte.MOT_DE_PASSE_PROVISOIRE);

            espace.horloge.avancer(MotDePasseProvisoire.VALIDITE_OUBLI);

            assertEquals(new SeConnecter.Resultat.Refusee(),
                    espace.seConnecter().seConnecter(espace.connexion(compte, provisoire)));
        }

        @Test
        void too_many_requests_from_one_address_are_refused() {
            espace.limiteur.refuser("mot-de-passe-oublie:ip:", Duration.ofMinutes(20));

            TropDeTentativesException erreur = assertThrows(TropDeTentativesException.class,
                    () -> demander("10000001"));

            assertEquals(Duration.ofMinutes(20), erreur.reessayerApres());
            assertEquals(List.of(), espace.notifications.envoyees());
        }

        @Test
        void too_many_requests_for_one_numero_silently_send_nothing_more() {
            espace.limiteur.refuser("mot-de-passe-oublie:numero:10000001", Duration.ofMinutes(20));

            demander("10000001");

            assertEquals(List.of(), espace.notifications.envoyees());
            assertEquals(Optional.of("limite_atteinte"), espace.journal.seul().detail());
        }

        @Test
        void the_per_numero_limit_is_counted_for_unknown_numeros_too() {
            demander("19999999");

            assertEquals(List.of("mot-de-passe-oublie:ip:203.0.113.7", "mot-de-passe-oublie:numero:19999999"),
                    espace.limiteur.cles());
        }
    }

    @Nested
    class IdentifiantOublie_ {

        private void demander(String email) {
            espace.recupererAcces().identifiantOublie(new RecupererAcces.IdentifiantOublie(new Email(email), IP));
        }

        @Test
        void the_account_of_that_address_gets_its_numero_at_the_address_on_file() {
            demander("camille.durand@EXAMPLE.fr");

            Notification notification = espace.notifications.envoyees().get(0);
            assertEquals(TypeNotification.RAPPEL_NUMERO_ADHERENT, notification.type());
            assertEquals(new Email("Camille.Durand@example.fr"), notification.destinataire());
            assertEquals("10000001", notification.parametres().get("numeroAdherent"));
            assertEquals("IDENTIFIANT_OUBLIE", notification.parametres().get("contexte"));
            assertEquals(Optional.of(compte.numeroAdherent()), espace.journal.seul().numeroAdherent());
        }

        @Test
        void every_active_account_of_that_address_gets_its_own_reminder() {
            Utilisateur second = espace.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000001")
                    .email("camille.durand@example.fr"));
            espace.compteActif(UnUtilisateur.mandataire().numeroAdherent("20000002")
                    .email("camille.durand@example.fr").suspendu());

            demander("camille.durand@example.fr");

            assertEquals(List.of("10000001", "20000001"), espace.notifications.envoyees().stream()
                    .map(n -> n.parametres().get("numeroAdherent")).toList());
            assertEquals(List.of(Optional.of(compte.id()), Optional.of(second.id())),
                    espace.journal.evenements().stream().map(EvenementAudit::utilisateurId).toList());
        }

        @Test
        void an_unknown_address_gets_the_same_answer_and_no_mail() {
            demander("personne@example.fr");

            assertEquals(List.of(), espace.notifications.envoyees());
            assertEquals(Optional.of("aucun_compte"), espace.journal.seul().detail());
            assertFalse(espace.journal.seul().detail().orElseThrow().contains("personne"), "no typed e-mail stored");
        }

        @Test
        void too_many_requests_from_one_address_are_refused() {
            espace.limiteur.refuser("identifiant-oublie:ip:", Duration.ofMinutes(5));

            assertThrows(TropDeTentativesException.class, () -> demander("camille.durand@example.fr"));
            assertEquals(List.of(), espace.notifications.envoyees());
        }

        @Test
        void too_many_requests_for_one_email_silently_send_nothing_more() {
            espace.limiteur.refuser("identifiant-oublie:email:camille.durand@example.fr", Duration.ofMinutes(5));

            demander("Camille.Durand@example.fr");

            assertEquals(List.of(), espace.notifications.envoyees());
            assertEquals(Optional.of("limite_atteinte"), espace.journal.seul().detail());
        }
    }
}
