package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecter;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecterApi;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static fr.espaceentreprise.adapters.web.compte.Navigation.setCookie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnexionTest {

    private static final String NUMERO = "10000001";
    private static final String INCONNU = "10000009";

    private EspaceComptes espace;
    private Utilisateur compte;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        compte = espace.compteActif();
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void the_login_page_asks_for_the_member_number_and_password_with_the_recovery_and_sign_up_links_in_french() {
        HttpResponse<String> page = serveur.get("/", langue(Langue.FR));

        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<label for=\"champ-numeroAdherent\">Numéro d’adhérent"), html);
        assertTrue(html.contains("<label for=\"champ-motDePasse\">Mot de passe"), html);
        assertTrue(html.contains("name=\"motDePasse\" type=\"password\""), html);
        assertTrue(html.contains("<a href=\"/mot-de-passe-oublie\">Mot de passe oublié</a>"), html);
        assertTrue(html.contains("<a href=\"/identifiant-oublie\">J’ai oublié mon identifiant</a>"), html);
        assertTrue(html.contains("href=\"/inscription\">Créer mon compte</a>"), html);
        assertTrue(html.contains("<a href=\"/cgu\""), "the footer links the CGU");
    }

    @Test
    void the_login_page_in_english() {
        String html = serveur.get("/", langue(Langue.EN)).body();

        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<label for=\"champ-numeroAdherent\">Member number"), html);
        assertTrue(html.contains(">Forgotten password</a>"), html);
        assertTrue(html.contains(">I forgot my member number</a>"), html);
        assertTrue(html.contains(">Create my account</a>"), html);
    }

    @Test
    void the_right_password_opens_a_session_in_an_httponly_lax_cookie_and_leads_home() {
        HttpResponse<String> reponse = connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        assertRedirige("/accueil", reponse);
        String cookie = setCookie(reponse, "session=");
        assertTrue(cookie.contains("; Path=/"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
        assertEquals(200, serveur.get("/accueil").statusCode());
        assertEquals("Connecté : " + NUMERO, entete(serveur.get("/accueil", langue(Langue.FR)).body()));
    }

    @Test
    void under_https_the_session_cookie_is_host_prefixed_and_secure() {
        try (ServeurDeTest https = ServeurDeTest.demarrer(espace.ports(), URI.create("https://espace.example.com"),
                ServeurDeTest.AUCUNE_ROUTE)) {
            String csrf = "C".repeat(43);
            HttpResponse<String> reponse = https.postFormulaire("/", Map.of("numeroAdherent", NUMERO,
                    "motDePasse", EspaceComptes.MOT_DE_PASSE, "_csrf", csrf), "Cookie", "__Host-csrf=" + csrf);

            assertEquals(303, reponse.statusCode(), reponse.body());
            String cookie = setCookie(reponse, "__Host-session=");
            assertTrue(cookie.contains("; Path=/; Secure; HttpOnly; SameSite=Lax"), cookie);
            assertFalse(cookie.contains("Domain="), cookie);
        }
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_wrong_password_and_an_unknown_account_get_the_same_page(Langue langue) {
        HttpResponse<String> mauvaisMotDePasse = connecter(serveur, NUMERO, "Pas-le-bon-mot-de-passe", langue(langue));
        HttpResponse<String> compteInconnu = connecter(serveur, INCONNU, "Pas-le-bon-mot-de-passe", langue(langue));

        assertEquals(401, mauvaisMotDePasse.statusCode());
        assertEquals(401, compteInconnu.statusCode());
        assertEquals(mauvaisMotDePasse.body().replace(NUMERO, "########"),
                compteInconnu.body().replace(INCONNU, "########"));
        assertTrue(mauvaisMotDePasse.body().contains(langue == Langue.FR
                ? "Numéro d’adhérent ou mot de passe incorrect." : "Wrong member number or password."));
        assertTrue(mauvaisMotDePasse.body().contains("value=\"" + NUMERO + "\""), "the numéro typed is kept");
        assertFalse(mauvaisMotDePasse.body().contains("Pas-le-bon-mot-de-passe"), "never the password");
        assertTrue(serveur.cookie("session").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "abcdefgh"})
    void a_member_number_that_cannot_exist_gets_the_same_answer_too(String numero) {
        HttpResponse<String> reponse = connecter(serveur, numero, "Pas-le-bon-mot-de-passe", langue(Langue.EN));

        assertEquals(401, reponse.statusCode());
        assertTrue(reponse.body().contains("Wrong member number or password."), reponse.body());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_api_answers_a_wrong_password_and_an_unknown_account_alike(Langue langue) {
        HttpResponse<String> mauvaisMotDePasse = connecterApi(serveur, NUMERO, "Pas-le-bon-mot-de-passe",
                langue(langue));
        HttpResponse<String> compteInconnu = connecterApi(serveur, INCONNU, "Pas-le-bon-mot-de-passe",
                langue(langue));

        assertEquals(401, mauvaisMotDePasse.statusCode());
        assertEquals(mauvaisMotDePasse.body(), compteInconnu.body());
        assertEquals(mauvaisMotDePasse.headers().map().get("Content-Type"),
                compteInconnu.headers().map().get("Content-Type"));
        JsonNode probleme = json(mauvaisMotDePasse);
        assertEquals("connexion.refusee", probleme.get("code").asText());
        assertEquals(langue == Langue.FR ? "Numéro d’adhérent ou mot de passe incorrect."
                : "Wrong member number or password.", probleme.get("detail").asText());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void too_many_logins_from_one_address_get_429_with_retry_after_on_the_page(Langue langue) {
        espace.limiteur.refuser("connexion:ip:", Duration.ofSeconds(90));

        HttpResponse<String> reponse = connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, langue(langue));

        assertEquals(429, reponse.statusCode());
        assertEquals("90", reponse.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(reponse.body().contains(langue == Langue.FR
                ? "Trop de tentatives de connexion. Réessayez dans 2 minutes."
                : "Too many login attempts. Try again in 2 minutes."), reponse.body());
        assertTrue(serveur.cookie("session").isEmpty());
    }

    @Test
    void too_many_logins_from_one_address_get_429_with_retry_after_from_the_api() {
        espace.limiteur.refuser("connexion:ip:", Duration.ofMillis(30_500));

        HttpResponse<String> reponse = connecterApi(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, langue(Langue.EN));

        assertEquals(429, reponse.statusCode());
        assertEquals("31", reponse.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("connexion.temporisee", json(reponse).get("code").asText());
        assertEquals("Too many login attempts. Try again in 1 minute.", json(reponse).get("detail").asText());
    }

    @Test
    void after_five_failures_the_account_waits_a_minute_whatever_the_password() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, connecterApi(serveur, NUMERO, "Pas-le-bon-mot-de-passe").statusCode());
        }

        HttpResponse<String> api = connecterApi(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        HttpResponse<String> page = connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        assertEquals(429, api.statusCode());
        assertEquals("60", api.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(429, page.statusCode());
        assertEquals("60", page.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void the_api_login_answers_a_bearer_token_the_previous_login_and_the_steps() {
        HttpResponse<String> premiere = connecterApi(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        espace.horloge.avancer(Duration.ofHours(3));
        HttpResponse<String> seconde = connecterApi(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        assertEquals(201, premiere.statusCode());
        assertEquals("/api/v1/sessions/courante", premiere.headers().firstValue("Location").orElseThrow());
        JsonNode session = json(premiere);
        assertTrue(session.has("derniereConnexion") && session.get("derniereConnexion").isNull(), session.toString());
        assertEquals(0, session.get("etapes").size());
        assertEquals("2026-03-02T08:00:00Z", json(seconde).get("derniereConnexion").asText());
        HttpResponse<String> moi = serveur.get("/api/v1/moi", bearer(json(seconde).get("jeton").asText()));
        assertEquals(200, moi.statusCode(), moi.body());
        assertEquals(compte.id().toString(), json(moi).get("id").asText());
        assertEquals("ENTREPRISE", json(moi).get("profil").asText());
    }

    @Test
    void a_cookie_planted_before_login_is_not_adopted_and_the_csrf_token_seen_before_does_not_work_after() {
        serveur.ajouterCookie("session", "jeton-pose-par-un-tiers");
        serveur.get("/");
        String csrfAvant = serveur.cookie("csrf").orElseThrow();

        HttpResponse<String> reponse = connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        assertEquals(303, reponse.statusCode());
        String jeton = valeur(setCookie(reponse, "session="));
        assertNotEquals("jeton-pose-par-un-tiers", jeton);
        assertNotEquals(csrfAvant, valeur(setCookie(reponse, "csrf=")));
        assertEquals(401, serveur.get("/api/v1/moi", "Cookie", "session=jeton-pose-par-un-tiers").statusCode());
        HttpResponse<String> formulaireForge = serveur.postFormulaire("/mon-compte/mot-de-passe",
                Map.of("_csrf", csrfAvant, "motDePasseActuel", EspaceComptes.MOT_DE_PASSE,
                        "nouveauMotDePasse", "Un-autre-mot-de-passe-2026",
                        "confirmationMotDePasse", "Un-autre-mot-de-passe-2026"),
                "Cookie", "session=" + jeton + "; csrf=" + csrfAvant);
        assertEquals(403, formulaireForge.statusCode());
    }

    @Test
    void logout_ends_the_session_on_the_server_and_the_old_cookie_gets_nothing() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        String jeton = serveur.cookie("session").orElseThrow();

        HttpResponse<String> deconnexion = serveur.postFormulaire("/deconnexion", serveur.avecJeton(Map.of()));

        assertRedirige("/", deconnexion);
        assertTrue(setCookie(deconnexion, "session=").contains("Max-Age=0"));
        assertTrue(serveur.cookie("session").isEmpty());
        serveur.oublierLesCookies();
        assertRedirige("/", serveur.get("/accueil", "Cookie", "session=" + jeton));
        HttpResponse<String> api = serveur.get("/api/v1/moi", "Cookie", "session=" + jeton);
        assertEquals(401, api.statusCode());
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.DECONNEXION).size());
    }

    @Test
    void deleting_the_current_session_ends_its_bearer_token() {
        String jeton = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> deconnexion = serveur.delete("/api/v1/sessions/courante", bearer(jeton));

        assertEquals(204, deconnexion.statusCode(), deconnexion.body());
        HttpResponse<String> apres = serveur.get("/api/v1/moi", bearer(jeton));
        assertEquals(401, apres.statusCode());
        assertEquals("Bearer", apres.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals("authentification.requise", json(apres).get("code").asText());
        assertEquals(401, serveur.delete("/api/v1/sessions/courante", bearer(jeton)).statusCode());
    }

    @Test
    void the_token_of_a_suspended_account_gets_401() {
        String jeton = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        espace.transactions.enTransaction(() -> {
            Utilisateur suspendu = espace.utilisateurs.trouver(compte.id()).orElseThrow();
            suspendu.suspendre();
            espace.utilisateurs.enregistrer(suspendu);
        });

        assertEquals(401, serveur.get("/api/v1/moi", bearer(jeton)).statusCode());
        assertRedirige("/", serveur.get("/accueil"));
    }

    @Test
    void pages_of_logged_in_users_send_visitors_to_the_login_page_and_the_api_answers_401() {
        for (String page : new String[] {"/accueil", "/mon-compte/mot-de-passe", "/premiere-connexion/mot-de-passe",
            "/premiere-connexion/email", "/premiere-connexion/cgu", "/gestion/inscriptions", "/gestion/journal"}) {
            assertRedirige("/", serveur.get(page));
        }
        for (String api : new String[] {"/api/v1/moi", "/api/v1/gestion/inscriptions", "/api/v1/gestion/journal"}) {
            HttpResponse<String> reponse = serveur.get(api, bearer("jeton-inconnu"));
            assertEquals(401, reponse.statusCode(), api);
            assertEquals("authentification.requise", json(reponse).get("code").asText());
        }
    }

    @Test
    void a_logged_in_user_who_opens_the_login_page_is_taken_home() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        assertRedirige("/accueil", serveur.get("/"));
    }

    private static String valeur(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    /** The "logged in as" line of the header. */
    static String entete(String html) {
        int debut = html.indexOf("<p class=\"entete__utilisateur\">");
        if (debut < 0) {
            return "";
        }
        return html.substring(debut + "<p class=\"entete__utilisateur\">".length(), html.indexOf("</p>", debut));
    }
}
