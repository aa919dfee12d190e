package fr.espaceentreprise.adapters.web;

import fr.espaceentreprise.application.exploitation.ConsulterSante;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * What the web adapter needs from bootstrap: the public base URL (https turns on Secure cookies, the
 * {@code __Host-} prefix and HSTS) and the use cases its handlers call.
 */
public record ConfigurationWeb(URI baseUrl, ConsulterSante consulterSante) {

    public ConfigurationWeb {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(consulterSante, "consulterSante");
    }

    public boolean https() {
        return "https".equals(Objects.requireNonNullElse(baseUrl.getScheme(), "").toLowerCase(Locale.ROOT));
    }
}
