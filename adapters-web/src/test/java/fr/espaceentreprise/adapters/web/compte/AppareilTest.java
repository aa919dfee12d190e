package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser a login comes from: its device cookie, kept a year, spares the user the mail of a new device; a login
 * ends the session the browser held; the session knows the browser's family.
 */
class AppareilTest {

    private static final String NUMERO = "10000001";
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private EspaceComptes espace;
    private Utilisateur compte;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        compte = espace.compteActif();
        espace.enrolerSecondFacteur(compte);
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private int courrielsNouvelAppareil() {
        return espace.notifications.deType(TypeNotification.SECURITE_NOUVEL_APPAREIL).size();
    }

    @Test
    void a_browser_that_kept_its_device_cookie_is_not_mailed_and_a_new_one_is() {
        assertRedirige("/accueil", connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, "User-Agent", FIREFOX));
        String appareil = serveur.cookie("appareil").orElseThrow();
        assertEquals(0, courrielsNouvelAppareil(), "the very first login is no news");
        espace.horloge.avancer(Duration.ofHours(1));

        assertRedirige("/accueil", connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, "User-Agent", FIREFOX));
        assertEquals(0, courrielsNouvelAppareil());
        assertEquals(appareil, serveur.cookie("appareil").orElseThrow());

        serveur.oublierLesCookies();
        assertRedirige("/accueil", connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, "User-Agent", FIREFOX));
        assertEquals(1, courrielsNouvelAppareil());
        assertEquals("FIREFOX", espace.notifications.deType(TypeNotification.SECURITE_NOUVEL_APPAREIL).get(0)
                .parametres().get("navigateur"));
        assertNotEquals(appareil, serveur.cookie("appareil").orElseThrow());
    }

    @Test
    void logging_in_again_ends_the_session_the_browser_held_and_the_new_one_knows_the_browser() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, "User-Agent", FIREFOX);
        String ancienne = serveur.cookie("session").orElseThrow();

        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, "User-Agent", FIREFOX);

        assertNotEquals(ancienne, serveur.cookie("session").orElseThrow());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(ancienne)).statusCode());
        assertEquals(200, serveur.get("/api/v1/moi", bearer(serveur.cookie("session").orElseThrow())).statusCode());
        assertEquals(FamilleNavigateur.FIREFOX, espace.sessions.vivantesDe(compte.id(), espace.horloge.instant())
                .get(0).navigateur());
    }
}
