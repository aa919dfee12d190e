package fr.espaceentreprise.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's settings, read once from environment variables prefixed {@code ESPACE_}. Every variable has
 * a default suited to a local run; a bad value stops the start with one line naming the variable.
 */
public record Configuration(
        int port,
        Path dataDir,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        URI baseUrl,
        boolean demoData) {

    public static final int PORT_PAR_DEFAUT = 7070;

    public static Configuration depuis(Map<String, String> env) {
        int port = port(env);
        Path dataDir = dataDir(env);
        Optional<String> dbUrl = texte(env, "ESPACE_DB_URL").map(url -> dbUrl(url));
        String dbUser = texte(env, "ESPACE_DB_USER").orElse("postgres");
        String dbPassword = texte(env, "ESPACE_DB_PASSWORD").orElse("");
        URI baseUrl = texte(env, "ESPACE_BASE_URL").map(Configuration::baseUrl)
                .orElse(URI.create("http://localhost:" + port));
        boolean demoData = texte(env, "ESPACE_DEMO_DATA").map(valeur -> booleen("ESPACE_DEMO_DATA", valeur))
                .orElse(dbUrl.isEmpty());
        return new Configuration(port, dataDir, dbUrl, dbUser, dbPassword, baseUrl, demoData);
    }

    public boolean baseEmbarquee() {
        return dbUrl.isEmpty();
    }

    public Path repertoirePostgres() {
        return dataDir.resolve("pgdata");
    }

    private static int port(Map<String, String> env) {
        Optional<String> valeur = texte(env, "ESPACE_PORT");
        if (valeur.isEmpty()) {
            return PORT_PAR_DEFAUT;
        }
        try {
            int port = Integer.parseInt(valeur.get());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationInvalideException("ESPACE_PORT",
                "must be a port number between 0 and 65535, got '" + valeur.get() + "'");
    }

    private static Path dataDir(Map<String, String> env) {
        String valeur = texte(env, "ESPACE_DATA_DIR").orElse("./var");
        try {
            return Path.of(valeur).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigurationInvalideException("ESPACE_DATA_DIR", "is not a valid path: '" + valeur + "'");
        }
    }

    private static String dbUrl(String valeur) {
        if (!valeur.startsWith("jdbc:postgresql://")) {
            throw new ConfigurationInvalideException("ESPACE_DB_URL",
                    "must be a PostgreSQL JDBC URL such as jdbc:postgresql://host:5432/espace");
        }
        return valeur;
    }

    private static URI baseUrl(String valeur) {
        try {
            URI uri = new URI(valeur);
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return URI.create(valeur.endsWith("/") ? valeur.substring(0, valeur.length() - 1) : valeur);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ConfigurationInvalideException("ESPACE_BASE_URL",
                "must be an http(s) URL without path, such as https://espace.example.com, got '" + valeur + "'");
    }

    private static boolean booleen(String variable, String valeur) {
        switch (valeur.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new ConfigurationInvalideException(variable, "must be true or false, got '" + valeur + "'");
        }
    }

    private static Optional<String> texte(Map<String, String> env, String variable) {
        return Optional.ofNullable(env.get(variable)).map(String::trim).filter(valeur -> !valeur.isEmpty());
    }
}
