package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A client of a started portal's HTTP API for the end-to-end tests: logs in, reads and posts with a bearer token. */
final class ClientApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** To read the JSON of any answer, an error's included. */
    static final ObjectMapper JSON_LECTEUR = JSON;

    private final HttpClient client = HttpClient.newHttpClient();
    private final Portail portail;

    ClientApi(Portail portail) {
        this.portail = portail;
    }

    /** Logs a demo account in and answers its bearer token. */
    String connecter(String numeroAdherent, String motDePasse) throws Exception {
        HttpResponse<String> session = post("/api/v1/sessions", "{\"numeroAdherent\":\"" + numeroAdherent
                + "\",\"motDePasse\":\"" + motDePasse + "\"}", null);
        assertEquals(201, session.statusCode(), session.body());
        return JSON.readTree(session.body()).get("jeton").asText();
    }

    /** A request to the portal, authenticated when a token is given. */
    HttpRequest.Builder requete(String chemin, String jeton) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(portail.adresseLocale() + chemin));
        return jeton == null ? requete : requete.header("Authorization", "Bearer " + jeton);
    }

    <T> HttpResponse<T> envoyer(HttpRequest requete, HttpResponse.BodyHandler<T> lecture) throws Exception {
        return client.send(requete, lecture);
    }

    HttpResponse<String> get(String chemin, String jeton) throws Exception {
        return envoyer(requete(chemin, jeton).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String chemin, String corps, String jeton) throws Exception {
        return envoyer(requete(chemin, jeton).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String chemin, String corps, String jeton) throws Exception {
        return envoyer(requete(chemin, jeton).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON of a 200 answer. */
    static JsonNode json(HttpResponse<String> reponse) throws Exception {
        assertEquals(200, reponse.statusCode(), reponse.body());
        return JSON.readTree(reponse.body());
    }
}
