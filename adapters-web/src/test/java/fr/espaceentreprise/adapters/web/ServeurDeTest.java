package fr.espaceentreprise.adapters.web;

import fr.espaceentreprise.application.PortsEnMemoire;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The whole portal on a free port, over the core of an in-memory world (its clock included), and a browser-like
 * client (it keeps cookies, follows no redirect) to drive it over HTTP. Seed the world through a fixture, then:
 *
 * <pre>
 * EspaceComptes espace = new EspaceComptes();
 * try (ServeurDeTest serveur = ServeurDeTest.demarrer(espace.ports())) {
 *     HttpResponse&lt;String&gt; page = serveur.get("/mentions-legales", "Accept-Language", "en");
 * }
 * </pre>
 */
public final class ServeurDeTest implements AutoCloseable {

    public static final URI HTTP_LOCAL = URI.create("http://localhost");
    public static final Consumer<JavalinConfig> AUCUNE_ROUTE = config -> {
    };

    private final Javalin app;
    private final PortsEnMemoire monde;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    private ServeurDeTest(Javalin app, PortsEnMemoire monde) {
        this.app = app.start(0);
        this.monde = monde;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The portal published at {@code http://localhost}. */
    public static ServeurDeTest demarrer(PortsEnMemoire monde) {
        return demarrer(monde, HTTP_LOCAL, AUCUNE_ROUTE);
    }

    /**
     * The portal published at {@code baseUrl} (https turns on Secure cookies, {@code __Host-} and HSTS), with routes
     * of the test's own (a form, an endpoint that throws…).
     */
    public static ServeurDeTest demarrer(PortsEnMemoire monde, URI baseUrl, Consumer<JavalinConfig> routes) {
        return new ServeurDeTest(WebApplication.creer(new ConfigurationWeb(baseUrl, monde.horloge), monde.espace(),
                routes), monde);
    }

    /** Every header but Date, which changes when the two answers straddle a second. */
    public static Map<String, List<String>> entetesSansDate(HttpResponse<String> reponse) {
        Map<String, List<String>> entetes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        entetes.putAll(reponse.headers().map());
        entetes.remove("date");
        return entetes;
    }

    public Javalin app() {
        return app;
    }

    /** The world the portal serves, to read what a request left there (the code an account's app shows…). */
    public PortsEnMemoire monde() {
        return monde;
    }

    public URI uri(String chemin) {
        return URI.create("http://localhost:" + app.port() + chemin);
    }

    public HttpRequest.Builder requete(String chemin, String... entetes) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri(chemin));
        if (entetes.length > 0) {
            requete.headers(entetes);
        }
        return requete;
    }

    public HttpResponse<String> get(String chemin, String... entetes) {
        return envoyer(requete(chemin, entetes).GET());
    }

    /** A form as a browser sends it (urlencoded); add {@code _csrf} yourself, see {@link #jetonCsrf()}. */
    public HttpResponse<String> postFormulaire(String chemin, Map<String, String> champs, String... entetes) {
        return envoyer(requete(chemin, entetes)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoder(champs))));
    }

    public HttpResponse<String> postJson(String chemin, String corps, String... entetes) {
        return envoyer(requete(chemin, entetes)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corps)));
    }

    public HttpResponse<String> putJson(String chemin, String corps, String... entetes) {
        return envoyer(requete(chemin, entetes)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(corps)));
    }

    public HttpResponse<String> delete(String chemin, String... entetes) {
        return envoyer(requete(chemin, entetes).DELETE());
    }

    /** A GET whose body is binary (a PDF). */
    public HttpResponse<byte[]> getOctets(String chemin, String... entetes) {
        try {
            return client.send(requete(chemin, entetes).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> envoyer(HttpRequest.Builder requete) {
        try {
            return client.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of this client, asking a page for it the first time (as a browser gets it with a form). */
    public String jetonCsrf() {
        return cookie("csrf").orElseGet(() -> {
            get("/mentions-legales");
            return cookie("csrf").orElseThrow(() -> new IllegalStateException("no csrf cookie set"));
        });
    }

    /** A form with its CSRF token. */
    public Map<String, String> avecJeton(Map<String, String> champs) {
        Map<String, String> tous = new LinkedHashMap<>(champs);
        tous.put("_csrf", jetonCsrf());
        return tous;
    }

    public Optional<String> cookie(String nom) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(nom)).map(HttpCookie::getValue).findFirst();
    }

    public void ajouterCookie(String nom, String valeur) {
        HttpCookie cookie = new HttpCookie(nom, valeur);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    public void oublierLesCookies() {
        cookies.getCookieStore().removeAll();
    }

    public static String encoder(Map<String, String> champs) {
        return champs.entrySet().stream()
                .map(champ -> URLEncoder.encode(champ.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        app.stop();
    }
}
