package fr.espaceentreprise.domain.compte;

import java.util.List;
import java.util.Locale;

/**
 * The kind of program a session was opened from, told from its User-Agent: enough for a user to recognise his
 * sessions ("Firefox", "an API client"), without keeping the whole header, which says more than needed.
 */
public enum FamilleNavigateur {
    EDGE,
    OPERA,
    FIREFOX,
    CHROME,
    SAFARI,
    /** curl, an HTTP library, an HR system. */
    CLIENT_API,
    AUTRE;

    private static final List<String> CLIENTS_API = List.of("curl/", "wget/", "java-http-client", "java/", "python",
            "okhttp", "apache-httpclient", "go-http-client", "postman", "insomnia", "axios/", "node-fetch",
            "windowspowershell/", "dart/");

    /** Edge and Opera announce Chrome too, and Chrome announces Safari: the most specific word wins. */
    public static FamilleNavigateur de(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return AUTRE;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("edg/") || ua.contains("edge/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return EDGE;
        }
        if (ua.contains("opr/") || ua.contains("opera") || ua.contains("opt/")) {
            return OPERA;
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return FIREFOX;
        }
        if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
            return CHROME;
        }
        if (ua.contains("safari/")) {
            return SAFARI;
        }
        if (CLIENTS_API.stream().anyMatch(ua::startsWith)) {
            return CLIENT_API;
        }
        return AUTRE;
    }
}
