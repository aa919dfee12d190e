package fr.espaceentreprise.adapters.web;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * What the web adapter needs beside the core it serves ({@link fr.espaceentreprise.application.EspaceEntreprise}).
 *
 * @param baseUrl         the public address of the portal: https turns on Secure cookies, the {@code __Host-} prefix
 *                        and HSTS; attestations print it in their verification address
 * @param alertesSecurite the external travel-security alerts site the rubrique Informations de sécurité opens
 * @param horloge         the day pages print (export file names, "today" on a PDF); Paris time in production, like
 *                        the core's
 */
public record ConfigurationWeb(URI baseUrl, URI alertesSecurite, Clock horloge) {

    public static final URI ALERTES_SECURITE_PAR_DEFAUT =
            URI.create("https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/");

    public ConfigurationWeb {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(alertesSecurite, "alertesSecurite");
        Objects.requireNonNull(horloge, "horloge");
    }

    /** With the default travel-security alerts site. */
    public ConfigurationWeb(URI baseUrl, Clock horloge) {
        this(baseUrl, ALERTES_SECURITE_PAR_DEFAUT, horloge);
    }

    public boolean https() {
        return "https".equals(Objects.requireNonNullElse(baseUrl.getScheme(), "").toLowerCase(Locale.ROOT));
    }
}
