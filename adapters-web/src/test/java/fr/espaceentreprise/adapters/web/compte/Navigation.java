package fr.espaceentreprise.adapters.web.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.domain.commun.Langue;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;

/** What the account tests do over HTTP again and again: log in by the form or the API, read JSON, follow a redirect. */
public final class Navigation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Navigation() {
    }

    /** The login form, as a browser posts it (with this browser's CSRF token). */
    public static HttpResponse<String> connecter(ServeurDeTest serveur, String numeroAdherent, String motDePasse,
            String... entetes) {
        serveur.get("/", entetes);
        return serveur.postFormulaire("/", serveur.avecJeton(Map.of("numeroAdherent", numeroAdherent,
                "motDePasse", motDePasse)), entetes);
    }

    public static HttpResponse<String> connecterApi(ServeurDeTest serveur, String numeroAdherent, String motDePasse,
            String... entetes) {
        return serveur.postJson("/api/v1/sessions", "{\"numeroAdherent\":\"" + numeroAdherent
                + "\",\"motDePasse\":\"" + motDePasse + "\"}", entetes);
    }

    /** Logs in by the API (which must succeed) and answers the bearer token. */
    public static String jeton(ServeurDeTest serveur, String numeroAdherent, String motDePasse) {
        HttpResponse<String> reponse = connecterApi(serveur, numeroAdherent, motDePasse);
        assertEquals(201, reponse.statusCode(), reponse.body());
        return json(reponse).get("jeton").asText();
    }

    public static String[] bearer(String jeton, String... autres) {
        String[] entetes = new String[autres.length + 2];
        entetes[0] = "Authorization";
        entetes[1] = "Bearer " + jeton;
        System.arraycopy(autres, 0, entetes, 2, autres.length);
        return entetes;
    }

    public static String[] langue(Langue langue) {
        return new String[] {"Accept-Language", langue.code()};
    }

    public static JsonNode json(HttpResponse<String> reponse) {
        try {
            return JSON.readTree(reponse.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String location(HttpResponse<String> reponse) {
        return reponse.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no Location, status " + reponse.statusCode() + ": " + reponse.body()));
    }

    /** A redirect to {@code chemin} (303 See Other). */
    public static void assertRedirige(String chemin, HttpResponse<String> reponse) {
        assertEquals(303, reponse.statusCode(), reponse.body());
        assertEquals(chemin, location(reponse));
    }
}
