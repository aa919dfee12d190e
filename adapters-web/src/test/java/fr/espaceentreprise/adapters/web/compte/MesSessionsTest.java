package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MesSessionsTest {

    private static final String SESSIONS = "/mon-compte/sessions";
    private static final String API = "/api/v1/moi/sessions";
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private PortailAvecSecondFacteur portail;
    private EspaceComptes espace;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        portail = new PortailAvecSecondFacteur(Langue.FR);
        espace = portail.espace;
        serveur = portail.serveur;
    }

    @AfterEach
    void arreter() {
        portail.close();
    }

    /** The id of the one session listed that is not the caller's. */
    private String autre(String... entetes) {
        JsonNode items = json(serveur.get(API, entetes)).get("items");
        return StreamSupport.stream(items.spliterator(), false).filter(item -> !item.get("courante").asBoolean())
                .map(item -> item.get("id").asText()).reduce((une, deux) -> {
                    throw new AssertionError("more than one other session: " + items);
                }).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_page_lists_the_open_sessions_at_paris_time_and_marks_this_one(Langue langue) {
        portail.jeton();
        espace.horloge.avancer(Duration.ofMinutes(3));
        portail.connecter("User-Agent", FIREFOX);
        serveur.get("/accueil?lang=" + langue.code(), "User-Agent", FIREFOX);

        HttpResponse<String> page = serveur.get(SESSIONS, "User-Agent", FIREFOX);

        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("<caption>"), "a table with its caption");
        assertTrue(html.contains("<th scope=\"col\">"));
        assertTrue(html.contains(langue == Langue.FR ? "Firefox <strong>(cette session)</strong>"
                : "Firefox <strong>(this session)</strong>"), html);
        assertTrue(html.contains(langue == Langue.FR ? "Client de l’API" : "API client"), html);
        assertTrue(html.contains(Traductions.depuisLesRessources().pour(langue).horodatage(EspaceComptes.T0)), html);
        assertTrue(html.contains("127.0.0.1"));
        assertEquals(1, html.split("/fermeture\"", -1).length - 1, "a button for the other session only");
        assertTrue(html.contains("action=\"/mon-compte/sessions/fermeture-des-autres\""));
    }

    @Test
    void ending_another_session_on_the_page_sends_its_browser_back_to_the_login_page() {
        portail.connecter();
        String premiere = serveur.cookie("session").orElseThrow();
        serveur.oublierLesCookies();
        portail.connecter();

        HttpResponse<String> reponse = serveur.postFormulaire(SESSIONS + "/" + autre() + "/fermeture",
                serveur.avecJeton(Map.of()));

        assertRedirige(SESSIONS + "?fermees=1", reponse);
        assertTrue(serveur.get(SESSIONS + "?fermees=1").body().contains("1 session a été fermée."));
        assertEquals(200, serveur.get("/accueil").statusCode(), "this session goes on");
        serveur.oublierLesCookies();
        serveur.ajouterCookie("session", premiere);
        assertRedirige("/", serveur.get("/accueil"));
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.SESSIONS_FERMEES).size());
    }

    @Test
    void ending_every_other_session_on_the_page_keeps_this_one() {
        String premiere = portail.jeton();
        String seconde = portail.jeton();
        portail.connecter();

        HttpResponse<String> reponse = serveur.postFormulaire(SESSIONS + "/fermeture-des-autres",
                serveur.avecJeton(Map.of()));

        assertRedirige(SESSIONS + "?fermees=2", reponse);
        String page = serveur.get(SESSIONS + "?fermees=2").body();
        assertTrue(page.contains("2 sessions ont été fermées."), page);
        assertTrue(page.contains("Aucune autre session n’est ouverte sur votre compte."));
        assertEquals(401, serveur.get("/api/v1/moi", bearer(premiere)).statusCode());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(seconde)).statusCode());
        assertEquals(200, serveur.get("/accueil").statusCode());
    }

    @Test
    void the_api_lists_the_sessions_the_current_one_marked() {
        portail.connecter("User-Agent", FIREFOX);
        serveur.oublierLesCookies();
        espace.horloge.avancer(Duration.ofMinutes(1));
        String jeton = portail.jeton();

        JsonNode liste = json(serveur.get(API, bearer(jeton)));

        assertTrue(liste.get("suivant").isNull(), liste.toString());
        assertEquals(2, liste.get("items").size());
        JsonNode courante = liste.get("items").get(0);
        JsonNode navigateur = liste.get("items").get(1);
        assertTrue(courante.get("courante").asBoolean(), "the most recently active first: " + liste);
        assertEquals("CLIENT_API", courante.get("navigateur").asText());
        assertEquals("127.0.0.1", courante.get("ip").asText());
        assertEquals(EspaceComptes.T0.plus(Duration.ofMinutes(1)).toString(), courante.get("ouverteLe").asText());
        assertFalse(navigateur.get("courante").asBoolean());
        assertEquals("FIREFOX", navigateur.get("navigateur").asText());
        assertEquals(EspaceComptes.T0.toString(), navigateur.get("ouverteLe").asText());
        assertEquals(EspaceComptes.T0.toString(), navigateur.get("derniereActivite").asText());
    }

    @Test
    void the_api_ends_a_session_once_and_knows_no_other_user_s() {
        String premiere = portail.jeton();
        String seconde = portail.jeton();
        String id = autre(bearer(seconde));
        Utilisateur voisin = espace.gestionnaire();
        String jetonVoisin = Navigation.jeton(serveur, voisin.numeroAdherent().valeur(),
                EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> chezLeVoisin = serveur.delete(API + "/" + id, bearer(jetonVoisin));
        HttpResponse<String> fermee = serveur.delete(API + "/" + id, bearer(seconde));
        HttpResponse<String> deNouveau = serveur.delete(API + "/" + id, bearer(seconde));

        assertEquals(404, chezLeVoisin.statusCode());
        assertEquals("session.introuvable", json(chezLeVoisin).get("code").asText());
        assertEquals(204, fermee.statusCode(), fermee.body());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(premiere)).statusCode());
        assertEquals(404, deNouveau.statusCode());
        assertEquals("session.introuvable", json(deNouveau).get("code").asText());
        assertEquals(400, serveur.delete(API + "/pas-un-identifiant", bearer(seconde)).statusCode());
    }

    @Test
    void the_api_ends_every_other_session_and_says_how_many() {
        String premiere = portail.jeton();
        String seconde = portail.jeton();
        String courante = portail.jeton();

        HttpResponse<String> sansParametre = serveur.delete(API + "?lang=en", bearer(courante));
        HttpResponse<String> reponse = serveur.delete(API + "?autres=true", bearer(courante));

        assertEquals(400, sansParametre.statusCode());
        assertEquals("autres", json(sansParametre).get("errors").get(0).get("champ").asText());
        assertEquals("This field is required.", json(sansParametre).get("errors").get(0).get("message").asText());
        assertEquals(200, reponse.statusCode(), reponse.body());
        assertEquals(2, json(reponse).get("fermees").asInt());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(premiere)).statusCode());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(seconde)).statusCode());
        assertEquals(200, serveur.get("/api/v1/moi", bearer(courante)).statusCode());
        assertEquals(1, json(serveur.get(API, bearer(courante))).get("items").size());
    }

    @Test
    void a_session_of_the_browser_must_repeat_the_csrf_token_to_end_sessions_through_the_api() {
        portail.connecter();

        HttpResponse<String> sansJeton = serveur.delete(API + "?autres=true");
        HttpResponse<String> avecJeton = serveur.delete(API + "?autres=true", "X-CSRF-Token",
                serveur.cookie("csrf").orElseThrow());

        assertEquals(403, sansJeton.statusCode());
        assertEquals("csrf.invalide", json(sansJeton).get("code").asText());
        assertEquals(200, avecJeton.statusCode(), avecJeton.body());
        assertEquals(0, json(avecJeton).get("fermees").asInt());
    }

    @Test
    void the_forms_of_the_sessions_page_refuse_a_post_without_the_csrf_token() {
        portail.jeton();
        portail.connecter();

        HttpResponse<String> une = serveur.postFormulaire(SESSIONS + "/" + autre() + "/fermeture", Map.of());
        HttpResponse<String> toutes = serveur.postFormulaire(SESSIONS + "/fermeture-des-autres", Map.of());

        assertEquals(403, une.statusCode());
        assertEquals(403, toutes.statusCode());
        assertEquals(2, json(serveur.get(API)).get("items").size());
        assertFalse(serveur.get(SESSIONS).body().contains("fermées"));
    }
}
