package fr.espaceentreprise.adapters.web.erreur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.demande.StatutDemande;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProblemesTest {

    private static final String SECRET = "jdbc:postgresql://db/espace?password=hunter2";

    private final ObjectMapper json = new ObjectMapper();
    private final ListAppender<ILoggingEvent> journal = new ListAppender<>();
    private ServeurDeTest serveur;

    /** A request record that checks its values as it is read. */
    record Inscription(String siret) {
        Inscription {
            new Siret(siret);
        }
    }

    @BeforeEach
    void demarrer() {
        journal.start();
        ((Logger) LoggerFactory.getLogger(Problemes.class)).addAppender(journal);
        serveur = ServeurDeTest.demarrer(new PortsEnMemoire(), ServeurDeTest.HTTP_LOCAL, config -> {
            for (String racine : new String[] {"/api/v1/test", "/test"}) {
                config.routes.get(racine + "/siret", ctx -> new Siret("123"));
                config.routes.get(racine + "/trop-long", ctx -> {
                    throw new ValeurInvalideException("champ.trop_long", "raisonSociale", Map.of("max", 4000));
                });
                config.routes.get(racine + "/transition", ctx -> {
                    throw new RegleMetierException("demande.transition.interdite", null,
                            Map.of("de", StatutDemande.VALIDEE, "vers", StatutDemande.EN_COURS));
                });
                config.routes.get(racine + "/introuvable", ctx -> {
                    throw new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
                });
                config.routes.get(racine + "/saisie", ctx -> {
                    Saisie saisie = new Saisie();
                    saisie.lire(() -> new Siret("123"));
                    saisie.lire(() -> new Email("pas une adresse"));
                    saisie.verifier();
                });
                config.routes.get(racine + "/limite", ctx -> {
                    throw new ProblemeException(429, "requete.trop_nombreuses").avecEntete("Retry-After", "120");
                });
                config.routes.get(racine + "/panne", ctx -> {
                    throw new IllegalStateException(SECRET);
                });
            }
            config.routes.post("/api/v1/test/json", ctx -> ctx.json(ctx.bodyAsClass(Inscription.class)));
        });
    }

    @AfterEach
    void arreter() {
        serveur.close();
        ((Logger) LoggerFactory.getLogger(Problemes.class)).detachAppender(journal);
    }

    @Test
    void an_invalid_value_answers_400_problem_json_with_the_field_error_in_french() throws Exception {
        HttpResponse<String> reponse = serveur.get("/api/v1/test/siret");

        assertEquals(400, reponse.statusCode());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        JsonNode probleme = json.readTree(reponse.body());
        assertEquals(Problemes.TYPE_SAISIE_INVALIDE, probleme.get("type").asText());
        assertEquals("Requête invalide", probleme.get("title").asText());
        assertEquals(400, probleme.get("status").asInt());
        assertEquals("Le numéro SIRET n’est pas valide : vérifiez ses 14 chiffres.", probleme.get("detail").asText());
        assertEquals("/api/v1/test/siret", probleme.get("instance").asText());
        assertEquals("siret.invalide", probleme.get("code").asText());
        assertEquals(1, probleme.get("errors").size());
        JsonNode erreur = probleme.get("errors").get(0);
        assertEquals("siret", erreur.get("champ").asText());
        assertEquals("siret.invalide", erreur.get("code").asText());
        assertEquals("Le numéro SIRET n’est pas valide : vérifiez ses 14 chiffres.", erreur.get("message").asText());
    }

    @Test
    void the_same_error_is_in_english_for_an_english_speaking_client() throws Exception {
        JsonNode probleme = json.readTree(serveur.get("/api/v1/test/siret", "Accept-Language", "en-GB,en;q=0.8")
                .body());

        assertEquals("Invalid request", probleme.get("title").asText());
        assertEquals("The SIRET number is not valid: check its 14 digits.",
                probleme.get("errors").get(0).get("message").asText());
    }

    @Test
    void message_parameters_are_formatted_in_the_language() throws Exception {
        JsonNode fr = json.readTree(serveur.get("/api/v1/test/trop-long").body());
        JsonNode en = json.readTree(serveur.get("/api/v1/test/trop-long?lang=en").body());

        assertEquals("Ce champ ne peut pas dépasser 4\u202f000 caractères.", fr.get("detail").asText());
        assertEquals("This field cannot be longer than 4,000 characters.", en.get("detail").asText());
        assertEquals("raisonSociale", en.get("errors").get(0).get("champ").asText());
    }

    @Test
    void a_broken_business_rule_answers_409_with_its_values_translated() throws Exception {
        HttpResponse<String> reponse = serveur.get("/api/v1/test/transition");

        assertEquals(409, reponse.statusCode());
        JsonNode probleme = json.readTree(reponse.body());
        assertEquals(Problemes.TYPE_REGLE_METIER, probleme.get("type").asText());
        assertEquals("demande.transition.interdite", probleme.get("code").asText());
        assertEquals("Une demande au statut « validée » ne peut pas passer au statut « en cours ».",
                probleme.get("detail").asText());
        assertFalse(probleme.get("errors").get(0).has("champ"), "a rule about no field names none");
    }

    @Test
    void every_wrong_field_is_listed_at_once() throws Exception {
        HttpResponse<String> reponse = serveur.get("/api/v1/test/saisie", "Accept-Language", "en");

        assertEquals(400, reponse.statusCode());
        JsonNode probleme = json.readTree(reponse.body());
        assertEquals("The input has 2 errors.", probleme.get("detail").asText());
        assertEquals("siret", probleme.get("errors").get(0).get("champ").asText());
        assertEquals("email", probleme.get("errors").get(1).get("champ").asText());
        assertEquals("The e-mail address is not valid.", probleme.get("errors").get(1).get("message").asText());
    }

    @Test
    void a_resource_not_found_answers_404() throws Exception {
        HttpResponse<String> reponse = serveur.get("/api/v1/test/introuvable");

        assertEquals(404, reponse.statusCode());
        JsonNode probleme = json.readTree(reponse.body());
        assertEquals("about:blank", probleme.get("type").asText());
        assertEquals("ressource.introuvable", probleme.get("code").asText());
        assertEquals(0, probleme.get("errors").size());
    }

    @Test
    void a_refusal_of_the_web_adapter_answers_its_status_headers_and_translated_message() throws Exception {
        HttpResponse<String> api = serveur.get("/api/v1/test/limite", "Accept-Language", "en");
        HttpResponse<String> page = serveur.get("/test/limite");

        assertEquals(429, api.statusCode());
        assertEquals("120", api.headers().firstValue("Retry-After").orElseThrow());
        JsonNode probleme = json.readTree(api.body());
        assertEquals("Too many requests", probleme.get("title").asText());
        assertEquals("Too many attempts: please wait a few minutes before trying again.",
                probleme.get("detail").asText());
        assertEquals(429, page.statusCode());
        assertEquals("120", page.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(page.body().contains("<h1>Trop de requêtes</h1>"), page.body());
    }

    @Test
    void an_unknown_api_path_answers_404_problem_json() throws Exception {
        HttpResponse<String> reponse = serveur.get("/api/v1/rien-ici", "Accept-Language", "en");

        assertEquals(404, reponse.statusCode());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Not found", json.readTree(reponse.body()).get("title").asText());
    }

    @Test
    void an_unreadable_json_body_answers_400() throws Exception {
        HttpResponse<String> reponse = serveur.postJson("/api/v1/test/json", "{\"siret\": ");

        assertEquals(400, reponse.statusCode());
        assertEquals("requete.json_invalide", json.readTree(reponse.body()).get("code").asText());
    }

    @Test
    void a_json_value_refused_by_the_domain_answers_its_field_error() throws Exception {
        HttpResponse<String> reponse = serveur.postJson("/api/v1/test/json", "{\"siret\": \"123\"}");

        assertEquals(400, reponse.statusCode());
        assertEquals("siret", json.readTree(reponse.body()).get("errors").get(0).get("champ").asText());
    }

    @Test
    void an_unexpected_error_answers_500_with_an_incident_reference_logged_with_its_stack_trace() throws Exception {
        HttpResponse<String> reponse = serveur.get("/api/v1/test/panne");

        assertEquals(500, reponse.statusCode());
        assertFalse(reponse.body().contains("hunter2"), reponse.body());
        assertFalse(reponse.body().contains("IllegalStateException"), reponse.body());
        JsonNode probleme = json.readTree(reponse.body());
        String incident = probleme.get("incident").asText();
        assertTrue(incident.matches("[0-9A-Z]{10}"), incident);
        assertEquals("Une erreur inattendue s’est produite. Référence de l’incident : " + incident + ".",
                probleme.get("detail").asText());
        ILoggingEvent evenement = journal.list.stream()
                .filter(e -> e.getFormattedMessage().contains(incident)).findFirst()
                .orElseThrow(() -> new AssertionError("incident " + incident + " not logged"));
        assertNotNull(evenement.getThrowableProxy(), "the stack trace is logged");
        assertSame(IllegalStateException.class,
                ((ThrowableProxy) evenement.getThrowableProxy()).getThrowable().getClass());
    }

    @Test
    void on_a_page_an_unexpected_error_shows_the_error_page_with_the_incident_and_nothing_else() {
        HttpResponse<String> reponse = serveur.get("/test/panne", "Accept-Language", "en");

        assertEquals(500, reponse.statusCode());
        assertTrue(reponse.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(reponse.body().contains("<h1>Technical error</h1>"), reponse.body());
        String incident = journal.list.get(journal.list.size() - 1).getArgumentArray()[0].toString();
        assertTrue(reponse.body().contains("Incident reference to give the customer service: " + incident),
                reponse.body());
        assertFalse(reponse.body().contains("hunter2"));
    }

    @Test
    void on_a_page_a_domain_error_shows_its_translated_message() {
        HttpResponse<String> reponse = serveur.get("/test/transition");

        assertEquals(409, reponse.statusCode());
        assertTrue(reponse.body().contains("<h1>Action impossible dans l’état actuel</h1>"), reponse.body());
        assertTrue(reponse.body().contains("Une demande au statut « validée » ne peut pas passer au statut "
                + "« en cours »."), reponse.body());
    }
}
