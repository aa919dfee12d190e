package fr.espaceentreprise.adapters.web.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GardeRequetesTest {

    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(new PortsEnMemoire(), ServeurDeTest.HTTP_LOCAL, config -> {
            config.routes.post("/api/v1/echo", ctx -> ctx.json(Map.of("taille", ctx.body().length())));
            config.routes.put("/api/v1/echo", ctx -> ctx.json(Map.of("taille", ctx.body().length())));
            config.routes.post("/api/v1/action", ctx -> ctx.status(204));
            config.routes.post("/formulaire", ctx -> ctx.result("reçu"));
        });
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/xml", "application/json-patch+json"})
    void an_api_body_that_is_not_json_is_refused_with_415(String typeDeContenu) {
        HttpResponse<String> reponse = serveur.envoyer(serveur.requete("/api/v1/echo", "Accept-Language", "en")
                .header("Content-Type", typeDeContenu)
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));

        assertEquals(415, reponse.statusCode());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(reponse.body().contains("\"detail\":\"The request body must be sent as application/json.\""),
                reponse.body());
    }

    @Test
    void an_api_body_without_content_type_is_refused_with_415() {
        HttpResponse<String> reponse = serveur.envoyer(serveur.requete("/api/v1/echo")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertEquals(415, reponse.statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"})
    void an_api_json_body_is_accepted(String typeDeContenu) {
        HttpResponse<String> reponse = serveur.envoyer(serveur.requete("/api/v1/echo")
                .header("Content-Type", typeDeContenu)
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));

        assertEquals(200, reponse.statusCode());
        assertEquals("{\"taille\":7}", reponse.body());
    }

    @Test
    void an_api_action_without_body_needs_no_content_type() {
        HttpResponse<String> reponse = serveur.envoyer(serveur.requete("/api/v1/action")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(204, reponse.statusCode());
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413() {
        String corps = "{\"texte\":\"" + "x".repeat(1_000_001) + "\"}";

        Reponse reponse = envoyerGros("/api/v1/echo", "application/json", corps);

        assertEquals(413, reponse.statut());
        assertTrue(reponse.corps().contains("\"code\":\"requete.trop_grande\""), reponse.corps());
        assertTrue(reponse.corps().contains("(1 000 Ko)") || reponse.corps().contains("(1\u202f000 Ko)")
                || reponse.corps().contains("(1\u00a0000 Ko)"), reponse.corps());
    }

    @Test
    void a_form_over_the_size_limit_is_refused_with_413() {
        Reponse reponse = envoyerGros("/formulaire", "application/x-www-form-urlencoded",
                ServeurDeTest.encoder(serveur.avecJeton(Map.of("texte", "x".repeat(1_000_001)))));

        assertEquals(413, reponse.statut());
        assertTrue(reponse.typeDeContenu().startsWith("text/html"), reponse.typeDeContenu());
    }

    /**
     * Only the head of a large request, over a plain socket: the server answers 413 from the Content-Length
     * without reading the body. Sending the body too would race with the server closing the connection, and a
     * loaded machine would see a broken pipe instead of the answer.
     */
    private Reponse envoyerGros(String chemin, String typeDeContenu, String corps) {
        try (Socket socket = new Socket("localhost", serveur.app().port())) {
            socket.setSoTimeout(10_000);
            String tete = "POST " + chemin + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: " + typeDeContenu + "\r\nContent-Length: "
                    + corps.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
            socket.getOutputStream().write(tete.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String reponse = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Reponse.lire(reponse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Reponse(int statut, String typeDeContenu, String corps) {

        static Reponse lire(String brute) {
            int finTete = brute.indexOf("\r\n\r\n");
            String tete = brute.substring(0, finTete);
            String type = tete.lines()
                    .filter(ligne -> ligne.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(ligne -> ligne.substring("content-type:".length()).strip())
                    .findFirst().orElse("");
            return new Reponse(Integer.parseInt(tete.substring(9, 12)), type, brute.substring(finTete + 4));
        }
    }
}
