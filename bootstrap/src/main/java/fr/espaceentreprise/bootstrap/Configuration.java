package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
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
 *
 * @param maintenanceImposee the maintenance {@code ESPACE_MAINTENANCE} imposes (see {@link MaintenanceImposee})
 * @param secondFacteur      {@code ESPACE_SECOND_FACTEUR}: {@code obligatoire} (default) or {@code propose}
 * @param cleSecrets         {@code ESPACE_CLE_SECRETS}: the base64 of the 32-byte key that encrypts second factors'
 *                           secrets at rest (see {@link CleDesSecrets})
 */
public record Configuration(
        int port,
        Path dataDir,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        URI baseUrl,
        boolean demoData,
        Smtp smtp,
        Optional<Maintenance> maintenanceImposee,
        Informations informations,
        PolitiqueSecondFacteur secondFacteur,
        Optional<String> cleSecrets) {

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
        return new Configuration(port, dataDir, dbUrl, dbUser, dbPassword, baseUrl, demoData, Smtp.depuis(env),
                MaintenanceImposee.depuis(env), Informations.depuis(env), secondFacteur(env),
                texte(env, "ESPACE_CLE_SECRETS"));
    }

    public boolean baseEmbarquee() {
        return dbUrl.isEmpty();
    }

    public Path repertoirePostgres() {
        return dataDir.resolve("pgdata");
    }

    /** Where mails are written as {@code .eml} files when no SMTP server is configured. */
    public Path repertoireCourriels() {
        return dataDir.resolve("mail");
    }

    /**
     * How mails leave: through the SMTP server {@code hote} when there is one, else as files (see
     * {@link #repertoireCourriels()}). {@code expediteur} is the From of both.
     */
    public record Smtp(
            Optional<String> hote,
            int port,
            Optional<String> utilisateur,
            String motDePasse,
            String expediteur,
            boolean starttls) {

        public static final int PORT_PAR_DEFAUT = 587;
        public static final String EXPEDITEUR_PAR_DEFAUT = "Espace Entreprise <no-reply@localhost>";

        static Smtp depuis(Map<String, String> env) {
            Optional<String> hote = texte(env, "ESPACE_SMTP_HOST").map(Smtp::hote);
            Optional<String> utilisateur = texte(env, "ESPACE_SMTP_USER");
            Optional<String> motDePasse = Optional.ofNullable(env.get("ESPACE_SMTP_PASSWORD"))
                    .filter(valeur -> !valeur.isEmpty());
            if (hote.isEmpty() && (utilisateur.isPresent() || motDePasse.isPresent())) {
                throw new ConfigurationInvalideException("ESPACE_SMTP_HOST",
                        "is required when ESPACE_SMTP_USER or ESPACE_SMTP_PASSWORD is set");
            }
            if (utilisateur.isPresent() != motDePasse.isPresent()) {
                throw new ConfigurationInvalideException(utilisateur.isPresent() ? "ESPACE_SMTP_PASSWORD"
                        : "ESPACE_SMTP_USER", "must be set together with "
                        + (utilisateur.isPresent() ? "ESPACE_SMTP_USER" : "ESPACE_SMTP_PASSWORD"));
            }
            int port = texte(env, "ESPACE_SMTP_PORT").map(Smtp::port).orElse(PORT_PAR_DEFAUT);
            String expediteur = texte(env, "ESPACE_SMTP_FROM").map(Smtp::expediteur).orElse(EXPEDITEUR_PAR_DEFAUT);
            boolean starttls = texte(env, "ESPACE_SMTP_STARTTLS")
                    .map(valeur -> booleen("ESPACE_SMTP_STARTTLS", valeur)).orElse(true);
            return new Smtp(hote, port, utilisateur, motDePasse.orElse(""), expediteur, starttls);
        }

        private static String hote(String valeur) {
            if (valeur.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
                return valeur;
            }
            throw new ConfigurationInvalideException("ESPACE_SMTP_HOST",
                    "must be a host name or an IP address such as smtp.example.com, got '" + valeur + "'");
        }

        private static int port(String valeur) {
            try {
                int port = Integer.parseInt(valeur);
                if (port >= 1 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigurationInvalideException("ESPACE_SMTP_PORT",
                    "must be a port number between 1 and 65535, got '" + valeur + "'");
        }

        private static String expediteur(String valeur) {
            try {
                InternetAddress[] adresses = InternetAddress.parse(valeur, true);
                if (adresses.length == 1 && valeur.indexOf('\r') < 0 && valeur.indexOf('\n') < 0) {
                    adresses[0].validate();
                    return valeur;
                }
            } catch (AddressException e) {
                // reported below
            }
            throw new ConfigurationInvalideException("ESPACE_SMTP_FROM",
                    "must be one e-mail address such as 'Espace Entreprise <no-reply@example.com>', got '"
                            + valeur.replaceAll("[\\r\\n]", " ") + "'");
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Smtp[" + hote.map(h -> h + ":" + port).orElse("none (files)")
                    + utilisateur.map(u -> ", user " + u).orElse("") + ", from " + expediteur
                    + (starttls ? ", STARTTLS" : ", no STARTTLS") + "]";
        }
    }

    /**
     * What the rubriques Informations de sécurité and Contact show that is not content edited in the back office:
     * the external travel-security alerts site, and the Centre relations clients. The latter is configuration
     * rather than a table because it is how users reach the operator when the portal itself fails them (a
     * suspended account, a closed rubrique): other messages quote it, and it must not depend on a query.
     */
    public record Informations(URI alertesSecurite, CentreRelationsClients centreRelationsClients) {

        public static final String ALERTES_PAR_DEFAUT = "https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/";
        public static final String CRC_TELEPHONE_PAR_DEFAUT = "+33 2 54 45 56 77";
        public static final String CRC_EMAIL_PAR_DEFAUT = "gestion@welcare.fr";

        static Informations depuis(Map<String, String> env) {
            URI alertes = alertes(texte(env, "ESPACE_URL_ALERTES_SECURITE").orElse(ALERTES_PAR_DEFAUT));
            String telephone = texte(env, "ESPACE_CRC_TELEPHONE").orElse(CRC_TELEPHONE_PAR_DEFAUT);
            String email = texte(env, "ESPACE_CRC_EMAIL").orElse(CRC_EMAIL_PAR_DEFAUT);
            Telephone numero;
            try {
                numero = new Telephone(telephone);
            } catch (ValeurInvalideException e) {
                throw new ConfigurationInvalideException("ESPACE_CRC_TELEPHONE",
                        "must be a phone number such as +33 2 54 45 56 77, got '" + telephone + "'");
            }
            Email adresse;
            try {
                adresse = new Email(email);
            } catch (ValeurInvalideException e) {
                throw new ConfigurationInvalideException("ESPACE_CRC_EMAIL",
                        "must be an e-mail address such as gestion@example.com, got '" + email + "'");
            }
            return new Informations(alertes, new CentreRelationsClients(numero, adresse));
        }

        private static URI alertes(String valeur) {
            try {
                URI uri = new URI(valeur);
                String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        && valeur.chars().noneMatch(c -> c == '"' || c == '<' || c == '>' || c <= ' ')) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new ConfigurationInvalideException("ESPACE_URL_ALERTES_SECURITE",
                    "must be an absolute http(s) URL such as " + ALERTES_PAR_DEFAUT + ", got '" + valeur + "'");
        }
    }

    private static PolitiqueSecondFacteur secondFacteur(Map<String, String> env) {
        String valeur = texte(env, "ESPACE_SECOND_FACTEUR").orElse("obligatoire");
        for (PolitiqueSecondFacteur politique : PolitiqueSecondFacteur.values()) {
            if (politique.name().equalsIgnoreCase(valeur)) {
                return politique;
            }
        }
        throw new ConfigurationInvalideException("ESPACE_SECOND_FACTEUR",
                "must be obligatoire or propose, got '" + valeur + "'");
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
