package fr.espaceentreprise.adapters.web.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsrfTest {

    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(new PortsEnMemoire(), ServeurDeTest.HTTP_LOCAL, config -> {
                    config.routes.post("/formulaire", ctx -> ctx.result("reçu " + ctx.formParam("nom")));
                    config.routes.delete("/formulaire", ctx -> ctx.result("supprimé"));
                    config.routes.post("/api/v1/echo", ctx -> ctx.json(Map.of("recu", ctx.body())));
                });
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void a_page_gives_a_random_256_bit_token_in_an_httponly_lax_cookie() {
        HttpResponse<String> page = serveur.get("/mentions-legales");

        String cookie = setCookie(page, "csrf");
        String jeton = serveur.cookie("csrf").orElseThrow();
        assertEquals(43, jeton.length(), "32 random bytes in unpadded base64url");
        assertTrue(cookie.contains("; Path=/"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Lax"), cookie);
        assertTrue(!cookie.contains("Secure"), cookie);
        try (ServeurDeTest autre = ServeurDeTest.demarrer(new PortsEnMemoire())) {
            autre.get("/mentions-legales");
            assertNotEquals(jeton, autre.cookie("csrf").orElseThrow());
        }
    }

    @Test
    void the_token_is_kept_from_page_to_page() {
        String jeton = serveur.jetonCsrf();

        HttpResponse<String> autrePage = serveur.get("/mentions-legales?lang=en");

        assertTrue(autrePage.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("csrf=")));
        assertEquals(jeton, serveur.cookie("csrf").orElseThrow());
    }

    @Test
    void under_https_the_cookie_is_host_prefixed_and_secure() {
        try (ServeurDeTest https = ServeurDeTest.demarrer(new PortsEnMemoire(),
                URI.create("https://espace.example.com"), ServeurDeTest.AUCUNE_ROUTE)) {
            String cookie = setCookie(https.get("/mentions-legales"), "__Host-csrf");

            assertTrue(cookie.contains("; Secure"), cookie);
            assertTrue(cookie.contains("; Path=/"), cookie);
            assertTrue(!cookie.contains("Domain="), cookie);
        }
    }

    @Test
    void a_form_with_its_token_is_accepted() {
        HttpResponse<String> reponse = serveur.postFormulaire("/formulaire", serveur.avecJeton(Map.of("nom", "Durand")));

        assertEquals(200, reponse.statusCode());
        assertEquals("reçu Durand", reponse.body());
    }

    @Test
    void a_form_without_token_is_refused_with_a_translated_page() {
        serveur.jetonCsrf();

        HttpResponse<String> reponse = serveur.postFormulaire("/formulaire", Map.of("nom", "Durand"),
                "Accept-Language", "en");

        assertEquals(403, reponse.statusCode());
        assertTrue(reponse.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(reponse.body().contains("The form has expired or does not come from Espace Entreprise."),
                reponse.body());
    }

    @Test
    void a_form_with_another_token_is_refused() {
        serveur.jetonCsrf();
        Map<String, String> champs = Map.of("nom", "Durand", "_csrf", "A".repeat(43));

        assertEquals(403, serveur.postFormulaire("/formulaire", champs).statusCode());
    }

    @Test
    void a_form_whose_browser_lost_its_cookie_is_refused() {
        Map<String, String> champs = serveur.avecJeton(Map.of("nom", "Durand"));
        serveur.oublierLesCookies();

        assertEquals(403, serveur.postFormulaire("/formulaire", champs).statusCode());
    }

    @Test
    void a_delete_without_token_is_refused_too() {
        serveur.jetonCsrf();

        assertEquals(403, serveur.envoyer(serveur.requete("/formulaire").DELETE()).statusCode());
    }

    @ParameterizedTest(name = "Sec-Fetch-Site: {0}")
    @ValueSource(strings = {"same-origin", "none"})
    void a_form_sent_from_our_own_pages_is_accepted(String origine) {
        HttpResponse<String> reponse = serveur.postFormulaire("/formulaire", serveur.avecJeton(Map.of("nom", "A")),
                "Sec-Fetch-Site", origine);

        assertEquals(200, reponse.statusCode());
    }

    @Test
    void a_state_changing_request_sent_by_another_site_is_refused_even_with_a_valid_token() {
        HttpResponse<String> formulaire = serveur.postFormulaire("/formulaire",
                serveur.avecJeton(Map.of("nom", "A")), "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> api = serveur.postJson("/api/v1/echo", "{}", "Sec-Fetch-Site", "cross-site",
                "Authorization", "Bearer abc");

        assertEquals(403, formulaire.statusCode());
        assertEquals(403, api.statusCode());
        assertTrue(api.body().contains("\"code\":\"requete.inter_sites\""), api.body());
    }

    @Test
    void a_cross_site_link_that_only_reads_is_followed() {
        assertEquals(200, serveur.get("/mentions-legales", "Sec-Fetch-Site", "cross-site").statusCode());
    }

    @Test
    void an_api_call_without_any_credential_cookie_needs_no_token() {
        HttpResponse<String> reponse = serveur.postJson("/api/v1/echo", "{\"a\":1}");

        assertEquals(200, reponse.statusCode());
    }

    @Test
    void an_api_call_authenticated_by_a_bearer_token_is_exempt() {
        serveur.jetonCsrf();
        serveur.ajouterCookie("session", "abc");

        HttpResponse<String> reponse = serveur.postJson("/api/v1/echo", "{}", "Authorization", "Bearer jeton");

        assertEquals(200, reponse.statusCode());
    }

    @Test
    void an_api_call_authenticated_by_the_session_cookie_must_repeat_the_token_in_a_header() {
        String jeton = serveur.jetonCsrf();
        serveur.ajouterCookie("session", "abc");

        HttpResponse<String> sansJeton = serveur.postJson("/api/v1/echo", "{}");
        HttpResponse<String> avecJeton = serveur.postJson("/api/v1/echo", "{}", "X-CSRF-Token", jeton);

        assertEquals(403, sansJeton.statusCode());
        assertEquals("application/problem+json", sansJeton.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(sansJeton.body().contains("\"code\":\"csrf.invalide\""), sansJeton.body());
        assertEquals(200, avecJeton.statusCode());
    }

    private static String setCookie(HttpResponse<String> reponse, String nom) {
        List<String> cookies = reponse.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith(nom + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + nom + " cookie in " + cookies));
    }

}
