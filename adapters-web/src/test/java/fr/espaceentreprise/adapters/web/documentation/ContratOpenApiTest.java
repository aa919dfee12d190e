package fr.espaceentreprise.adapters.web.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import io.javalin.router.ParsedEndpoint;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContratOpenApiTest {

    private static final Set<String> METHODES = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    /** Pages for people, not API operations. */
    private static final Set<String> PAGES_HTML = Set.of("GET " + DocumentationApiRoutes.SWAGGER_UI);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(new PortsEnMemoire());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void the_contract_is_served_as_openapi_3_1_yaml() throws Exception {
        HttpResponse<String> reponse = serveur.get(DocumentationApiRoutes.CONTRAT);

        assertEquals(200, reponse.statusCode());
        assertTrue(reponse.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        JsonNode contrat = yaml.readTree(reponse.body());
        assertTrue(contrat.get("openapi").asText().startsWith("3.1."), contrat.get("openapi").asText());
        assertTrue(contrat.at("/components/schemas/Probleme/properties").has("errors"));
    }

    @Test
    void every_route_of_the_api_is_in_the_contract_and_every_operation_of_the_contract_is_a_route()
            throws Exception {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint route : serveur.app().unsafe.internalRouter.allHttpHandlers()) {
            String chemin = route.endpoint.path;
            boolean api = chemin.startsWith("/api/") || chemin.equals("/health") || chemin.startsWith("/health/");
            String operation = route.endpoint.method.name().toUpperCase(Locale.ROOT) + " " + chemin;
            if (route.endpoint.method.isHttpMethod() && api && !PAGES_HTML.contains(operation)) {
                routes.add(operation);
            }
        }
        Set<String> documentees = new TreeSet<>();
        JsonNode chemins = yaml.readTree(serveur.get(DocumentationApiRoutes.CONTRAT).body()).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = chemins.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> chemin = it.next();
            chemin.getValue().fieldNames().forEachRemaining(methode -> {
                if (METHODES.contains(methode)) {
                    documentees.add(methode.toUpperCase(Locale.ROOT) + " " + chemin.getKey());
                }
            });
        }

        assertTrue(routes.contains("GET /health/ready"), "the routes are read: " + routes);
        assertTrue(routes.contains("POST /api/v1/sessions"), "the accounts' routes are there: " + routes);
        assertTrue(routes.contains("GET /api/v1/entreprises/{id}/cotisations/export"),
                "the consultation's routes are there: " + routes);
        assertTrue(routes.contains("GET /api/v1/documents/{id}"), "the documents' routes are there: " + routes);
        assertEquals(documentees, routes);
    }

    @Test
    void swagger_ui_is_served_without_any_inline_script() {
        HttpResponse<String> page = serveur.get(DocumentationApiRoutes.SWAGGER_UI);

        assertEquals(200, page.statusCode());
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        int nombre = 0;
        while (scripts.find()) {
            nombre++;
            assertTrue(scripts.group(1).contains("src="), scripts.group());
            assertTrue(scripts.group(2).isBlank(), scripts.group());
        }
        assertEquals(2, nombre, page.body());
        assertFalse(page.body().contains("style="));
    }

    @Test
    void swagger_ui_finds_its_files_and_its_start_script() {
        for (String fichier : new String[] {"/api/docs/ui/swagger-ui-bundle.js", "/api/docs/ui/swagger-ui.css",
            "/static/js/swagger-init.js"}) {
            HttpResponse<String> reponse = serveur.get(fichier);
            assertEquals(200, reponse.statusCode(), fichier);
        }
        assertTrue(serveur.get("/static/js/swagger-init.js").body().contains("url: '/api/openapi.yaml'"));
    }

    @Test
    void the_webjar_demo_pages_are_not_served() {
        for (String fichier : new String[] {"/api/docs/ui/index.html", "/api/docs/ui/swagger-initializer.js",
            "/api/docs/ui/oauth2-redirect.html", "/api/docs/ui/"}) {
            assertEquals(404, serveur.get(fichier).statusCode(), fichier);
        }
    }
}
