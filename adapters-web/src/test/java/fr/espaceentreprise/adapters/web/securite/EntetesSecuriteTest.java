package fr.espaceentreprise.adapters.web.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntetesSecuriteTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(new PortsEnMemoire(), ServeurDeTest.HTTP_LOCAL, config ->
                config.routes.get("/api/v1/panne", ctx -> {
                    throw new IllegalStateException("boom");
                }));
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/mentions-legales", "/health", "/api/openapi.yaml", "/page-qui-n-existe-pas",
        "/api/v1/inconnu", "/api/v1/panne", "/static/css/espace.css", "/api/docs"})
    void every_answer_carries_the_security_headers(String chemin) {
        HttpResponse<String> reponse = serveur.get(chemin);

        assertEquals(CSP, entete(reponse, "Content-Security-Policy"));
        assertEquals("nosniff", entete(reponse, "X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", entete(reponse, "Referrer-Policy"));
        assertEquals("camera=(), microphone=(), geolocation=()", entete(reponse, "Permissions-Policy"));
        assertEquals("same-origin", entete(reponse, "Cross-Origin-Opener-Policy"));
        assertFalse(reponse.headers().firstValue("Strict-Transport-Security").isPresent(),
                "no HSTS when the portal is served over http");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/mentions-legales", "/health", "/api/openapi.yaml", "/page-qui-n-existe-pas",
        "/api/v1/inconnu", "/api/v1/panne"})
    void pages_api_answers_and_errors_are_never_stored_by_a_cache(String chemin) {
        assertEquals("no-store", entete(serveur.get(chemin), "Cache-Control"));
    }

    @Test
    void static_files_may_be_cached() {
        HttpResponse<String> css = serveur.get("/static/css/espace.css");

        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertEquals("public, max-age=3600", entete(css, "Cache-Control"));
    }

    @Test
    void hsts_is_sent_when_the_portal_is_served_over_https() {
        try (ServeurDeTest https = ServeurDeTest.demarrer(new PortsEnMemoire(),
                URI.create("https://espace.example.com"), ServeurDeTest.AUCUNE_ROUTE)) {
            for (String chemin : new String[] {"/mentions-legales", "/health", "/introuvable",
                "/static/css/espace.css"}) {
                assertEquals("max-age=63072000; includeSubDomains",
                        entete(https.get(chemin), "Strict-Transport-Security"), chemin);
            }
        }
    }

    private static String entete(HttpResponse<String> reponse, String nom) {
        return reponse.headers().firstValue(nom)
                .orElseThrow(() -> new AssertionError("no " + nom + " header on " + reponse.uri()));
    }
}
