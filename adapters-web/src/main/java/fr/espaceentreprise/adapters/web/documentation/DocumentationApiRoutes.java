package fr.espaceentreprise.adapters.web.documentation;

import fr.espaceentreprise.adapters.web.page.Pages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The API contract ({@code openapi.yaml}) at {@code /api/openapi.yaml}, and Swagger UI at {@code /api/docs}:
 * the files of the swagger-ui webjar under {@code /api/docs/ui/}, started by an external script so that the
 * Content-Security-Policy keeps forbidding inline scripts.
 */
public final class DocumentationApiRoutes {

    public static final String CONTRAT = "/api/openapi.yaml";
    public static final String SWAGGER_UI = "/api/docs";

    private static final String RESSOURCE_CONTRAT = "openapi.yaml";
    private static final String WEBJAR = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** Only what our page loads: the webjar's own index and initializer would start the Petstore demo. */
    private static final Set<String> FICHIERS_SWAGGER_UI = Set.of("swagger-ui.css", "swagger-ui-bundle.js");

    private final byte[] contrat;
    private final Optional<String> versionSwaggerUi;
    private final String pageSwaggerUi;

    public DocumentationApiRoutes(Pages pages) {
        this.contrat = lire(RESSOURCE_CONTRAT).orElseThrow(() -> new IllegalStateException("missing openapi.yaml"));
        this.versionSwaggerUi = versionSwaggerUi();
        this.pageSwaggerUi = pages.rendreSansPage("documentation/swagger.jte",
                Map.of("titre", "Espace Entreprise — API"));
    }

    public void declarer(JavalinConfig config) {
        config.routes.get(CONTRAT, this::contrat);
        versionSwaggerUi.ifPresent(version -> {
            config.staticFiles.add(fichiers -> {
                fichiers.hostedPath = SWAGGER_UI + "/ui";
                fichiers.directory = "META-INF/resources/webjars/swagger-ui/" + version;
                fichiers.location = Location.CLASSPATH;
                fichiers.headers = Map.of("Cache-Control", "public, max-age=86400");
                fichiers.skipFileFunction = requete -> !FICHIERS_SWAGGER_UI.contains(nomDeFichier(requete.getRequestURI()));
            });
            config.routes.get(SWAGGER_UI, this::swaggerUi);
        });
    }

    private static String nomDeFichier(String chemin) {
        return chemin.substring(chemin.lastIndexOf('/') + 1);
    }

    private void contrat(Context ctx) {
        ctx.contentType("application/yaml").result(contrat);
    }

    private void swaggerUi(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(pageSwaggerUi);
    }

    private static Optional<String> versionSwaggerUi() {
        return lire(WEBJAR).map(octets -> {
            Properties proprietes = new Properties();
            try {
                proprietes.load(new ByteArrayInputStream(octets));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return proprietes.getProperty("version");
        });
    }

    private static Optional<byte[]> lire(String ressource) {
        try (InputStream flux = DocumentationApiRoutes.class.getClassLoader().getResourceAsStream(ressource)) {
            return flux == null ? Optional.empty() : Optional.of(flux.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ressource, e);
        }
    }
}
