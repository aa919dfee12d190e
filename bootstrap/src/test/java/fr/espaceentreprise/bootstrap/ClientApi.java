package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.espaceentreprise.bootstrap.demo.ComptesDemo;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Totp;
import java.net.URI;
import java.util.Map;
import java.util.HashMap;
import java.time.Instant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A client of a started portal's HTTP API for the end-to-end tests: logs in, reads and posts with a bearer token. */
final class ClientApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** To read the JSON of any answer, an error's included. */
    static final ObjectMapper JSON_LECTEUR = JSON;

    /** Every demo account's second factor (see the README). */
    static final SecretTotp SECRET_DEMO = SecretTotp.depuisBase32(ComptesDemo.SECRET_TOTP_DEMO);

    private final HttpClient client = HttpClient.newHttpClient();
    private final Portail portail;
    private final Map<String, Long> derniersPas = new HashMap<>();
    private final Map<String, String> sessions = new HashMap<>();

    ClientApi(Portail portail) {
        this.portail = portail;
    }

    /**
     * A bearer token of a demo account: the session this client opened for it before while it is alive, else a new
     * one (an authenticator app shows one code per 30 seconds, and each opens once).
     */
    String connecter(String numeroAdherent, String motDePasse) throws Exception {
        String ouverte = sessions.get(numeroAdherent);
        if (ouverte != null && get("/api/v1/moi", ouverte).statusCode() == 200) {
            return ouverte;
        }
        HttpResponse<String> session = post("/api/v1/sessions", corpsConnexion(numeroAdherent, motDePasse), null);
        assertEquals(201, session.statusCode(), session.body());
        String jeton = JSON.readTree(session.body()).get("jeton").asText();
        sessions.put(numeroAdherent, jeton);
        return jeton;
    }

    /** The body of a login with the code the demo's authenticator app shows now. */
    String corpsConnexion(String numeroAdherent, String motDePasse) throws InterruptedException {
        return "{\"numeroAdherent\":\"" + numeroAdherent + "\",\"motDePasse\":\"" + motDePasse
                + "\",\"codeSecondFacteur\":\"" + code(numeroAdherent) + "\"}";
    }

    /**
     * A code of the demo secret not used yet by this account: the previous step's, the current one's or the next
     * one's (the portal accepts one step of drift), else the next step's once it comes.
     */
    String code(String numeroAdherent) throws InterruptedException {
        long dernier = derniersPas.getOrDefault(numeroAdherent, Long.MIN_VALUE);
        long courant = Totp.pas(Instant.now());
        while (Math.max(courant - Totp.DERIVE, dernier + 1) > courant + Totp.DERIVE) {
            Thread.sleep(1_000);
            courant = Totp.pas(Instant.now());
        }
        long pas = Math.max(courant - Totp.DERIVE, dernier + 1);
        derniersPas.put(numeroAdherent, pas);
        return Totp.code(SECRET_DEMO, pas);
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
