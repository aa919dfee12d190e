package fr.espaceentreprise.adapters.web.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.commun.Langue;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * What the account tests do over HTTP again and again: log in by the form or the API, read JSON, follow a redirect.
 * An account with a second factor logs in as its user does, with the code his app shows now (a code no login used
 * yet: when this 30-second step's and the next one's were, the user waits and the world's clock moves on).
 */
public final class Navigation {

    public static final String PAGE_DU_CODE = "/connexion/second-facteur";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Navigation() {
    }

    /**
     * The login form, as a browser posts it (with this browser's CSRF token); for an account with a second factor,
     * then the code's page: the answer of the last form posted.
     */
    public static HttpResponse<String> connecter(ServeurDeTest serveur, String numeroAdherent, String motDePasse,
            String... entetes) {
        HttpResponse<String> reponse = connecterSansCode(serveur, numeroAdherent, motDePasse, entetes);
        if (reponse.statusCode() != 303 || !PAGE_DU_CODE.equals(location(reponse))) {
            return reponse;
        }
        return serveur.postFormulaire(PAGE_DU_CODE, serveur.avecJeton(Map.of("codeSecondFacteur",
                codeSecondFacteur(serveur, numeroAdherent).orElseThrow())), entetes);
    }

    /** The login form alone: an account with a second factor is then sent to the code's page. */
    public static HttpResponse<String> connecterSansCode(ServeurDeTest serveur, String numeroAdherent,
            String motDePasse, String... entetes) {
        serveur.get("/", entetes);
        return serveur.postFormulaire("/", serveur.avecJeton(Map.of("numeroAdherent", numeroAdherent,
                "motDePasse", motDePasse)), entetes);
    }

    /** An API login, with the code of the account's app when it has a second factor. */
    public static HttpResponse<String> connecterApi(ServeurDeTest serveur, String numeroAdherent, String motDePasse,
            String... entetes) {
        String code = codeSecondFacteur(serveur, numeroAdherent).map(c -> ",\"codeSecondFacteur\":\"" + c + "\"")
                .orElse("");
        return serveur.postJson("/api/v1/sessions", "{\"numeroAdherent\":\"" + numeroAdherent
                + "\",\"motDePasse\":\"" + motDePasse + "\"" + code + "}", entetes);
    }

    /** The code the app of the account holding {@code numeroAdherent} shows now, if it has a second factor. */
    public static Optional<String> codeSecondFacteur(ServeurDeTest serveur, String numeroAdherent) {
        PortsEnMemoire monde = serveur.monde();
        Optional<SecondFacteur> facteur;
        try {
            facteur = monde.utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numeroAdherent))
                    .flatMap(compte -> monde.secondsFacteurs.trouver(compte.id()));
        } catch (ValeurInvalideException illisible) {
            return Optional.empty();
        }
        return facteur.map(f -> {
            while (f.dernierPas() >= Totp.pas(monde.horloge.instant()) + Totp.DERIVE) {
                monde.horloge.avancer(Totp.PAS);
            }
            return Totp.code(f.secret(), Math.max(Totp.pas(monde.horloge.instant()), f.dernierPas() + 1));
        });
    }

    /** The header {@code Set-Cookie} of the cookie whose line starts with {@code prefixe} ("session="). */
    public static String setCookie(HttpResponse<String> reponse, String prefixe) {
        return reponse.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(prefixe)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefixe + " in " + reponse.headers().map()));
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
