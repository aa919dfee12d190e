package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.compte.SeConnecter.Resultat;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mails that tell the user what happened to his account's security: what, when, from where. */
class AvisDeSecuriteTest {

    private static final AdresseIp DOMICILE = new AdresseIp("198.51.100.77");
    private static final String NOUVEAU = "Citron-Piano-Nuage-77";

    private final EspaceComptes espace = new EspaceComptes();
    private final Utilisateur compte = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001")
            .prenomme("Anne").nomme("Martin").email("anne.martin@example.fr"));

    private List<Notification> avis(TypeNotification type) {
        return espace.notifications.deType(type);
    }

    private Notification seulAvis(TypeNotification type) {
        List<Notification> avis = avis(type);
        assertEquals(1, avis.size(), type + ": " + avis);
        assertEquals(compte.email(), avis.get(0).destinataire());
        assertEquals(Optional.of(compte.id()), avis.get(0).utilisateurId());
        return avis.get(0);
    }

    /** The parameters every notice carries, and {@code autres}. */
    private static Map<String, String> parametres(Instant instant, AdresseIp ip, Map<String, String> autres) {
        Map<String, String> attendus = new HashMap<>(autres);
        attendus.putAll(Map.of("prenom", "Anne", "nom", "Martin", "instant", instant.toString(), "ip", ip.valeur()));
        return attendus;
    }

    @Test
    void a_changed_password_is_told_with_when_and_from_where() {
        SessionAuthentifiee session = espace.connecter(compte);
        espace.horloge.avancer(Duration.ofMinutes(3));

        espace.changerMotDePasse().changer(new ChangerMotDePasse.Commande(session, MOT_DE_PASSE.toCharArray(),
                NOUVEAU.toCharArray(), DOMICILE));

        assertEquals(parametres(T0.plus(Duration.ofMinutes(3)), DOMICILE, Map.of()),
                seulAvis(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE).parametres());
    }

    @Test
    void a_password_chosen_after_a_temporary_one_is_told_too() {
        espace.motDePasseProvisoireEnvoye(compte, "Provisoire-ABCD-2345");
        SessionAuthentifiee session = espace.connecter(compte, "Provisoire-ABCD-2345");

        espace.definirMotDePasse().definir(new DefinirMotDePasse.Commande(session, NOUVEAU.toCharArray(),
                DOMICILE));

        assertEquals(parametres(T0, DOMICILE, Map.of()),
                seulAvis(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE).parametres());
    }

    @Test
    void no_notice_carries_a_secret() {
        for (TypeNotification type : List.of(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE,
                TypeNotification.SECURITE_SECOND_FACTEUR_ACTIVE, TypeNotification.SECURITE_SECOND_FACTEUR_REINITIALISE,
                TypeNotification.SECURITE_CODE_DE_SECOURS_UTILISE, TypeNotification.SECURITE_JETON_API_CREE,
                TypeNotification.SECURITE_NOUVEL_APPAREIL)) {
            assertFalse(type.porteUnSecret(), type.name());
        }
    }

    @Nested
    class NouvelAppareil {

        private Resultat.Reussie depuis(FamilleNavigateur navigateur, Optional<String> appareil) {
            return espace.reussir(espace.connexion(compte, MOT_DE_PASSE,
                    SeConnecter.Origine.navigateur(DOMICILE, navigateur, appareil, Optional.empty())));
        }

        @Test
        void the_account_s_very_first_login_is_no_news() {
            Resultat.Reussie premiere = depuis(FamilleNavigateur.FIREFOX, Optional.empty());

            assertTrue(premiere.appareil().isPresent(), "the browser gets a device cookie all the same");
            assertEquals(List.of(), avis(TypeNotification.SECURITE_NOUVEL_APPAREIL));
        }

        @Test
        void a_browser_not_seen_before_is_told_with_its_family() {
            depuis(FamilleNavigateur.FIREFOX, Optional.empty());
            espace.horloge.avancer(Duration.ofHours(2));

            depuis(FamilleNavigateur.SAFARI, Optional.empty());

            assertEquals(parametres(T0.plus(Duration.ofHours(2)), DOMICILE, Map.of("navigateur", "SAFARI")),
                    seulAvis(TypeNotification.SECURITE_NOUVEL_APPAREIL).parametres());
        }

        @Test
        void the_device_cookie_the_login_gave_makes_the_browser_known() {
            String appareil = depuis(FamilleNavigateur.FIREFOX, Optional.empty()).appareil().orElseThrow();

            Resultat.Reussie ensuite = depuis(FamilleNavigateur.FIREFOX, Optional.of(appareil));

            assertEquals(Optional.of(appareil), ensuite.appareil(), "the cookie keeps the same identifier");
            assertEquals(List.of(), avis(TypeNotification.SECURITE_NOUVEL_APPAREIL));
        }

        @Test
        void another_account_s_device_cookie_or_garbage_is_a_device_not_seen_before() {
            Utilisateur collegue = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000002"));
            String sonAppareil = espace.reussir(espace.connexion(collegue, MOT_DE_PASSE,
                    EspaceComptes.navigateur(FamilleNavigateur.EDGE))).appareil().orElseThrow();
            depuis(FamilleNavigateur.FIREFOX, Optional.empty());

            Resultat.Reussie avecLeSien = depuis(FamilleNavigateur.EDGE, Optional.of(sonAppareil));
            Resultat.Reussie inconnu = depuis(FamilleNavigateur.EDGE, Optional.of("n-importe-quoi"));

            assertNotEquals(Optional.of(sonAppareil), avecLeSien.appareil());
            assertNotEquals(Optional.of("n-importe-quoi"), inconnu.appareil());
            assertEquals(2, avis(TypeNotification.SECURITE_NOUVEL_APPAREIL).size());
        }

        @Test
        void an_api_client_keeps_no_cookie_and_is_not_followed() {
            depuis(FamilleNavigateur.FIREFOX, Optional.empty());

            Resultat.Reussie parApi = espace.reussir(espace.connexion(compte, MOT_DE_PASSE));

            assertEquals(Optional.empty(), parApi.appareil());
            assertEquals(List.of(), avis(TypeNotification.SECURITE_NOUVEL_APPAREIL));
        }
    }
}
