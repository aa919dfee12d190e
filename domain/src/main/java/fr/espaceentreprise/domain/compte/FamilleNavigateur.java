package fr.espaceentreprise.domain.compte;

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

    /** Edge and Opera announce Chrome too, and Chrome announces Safari: the most specific word wins. */
    public static FamilleNavigateur de(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return AUTRE;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("edg/") || ua.contains("edge/")) {
            return EDGE;
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return OPERA;
        }
        if (ua.contains("firefox/")) {
            return FIREFOX;
        }
        if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
            return CHROME;
        }
        if (ua.contains("safari/")) {
            return SAFARI;
        }
        if (ua.startsWith("curl/") || ua.startsWith("java-http-client") || ua.startsWith("python")
                || ua.startsWith("okhttp") || ua.startsWith("apache-httpclient") || ua.startsWith("go-http-client")
                || ua.startsWith("postman")) {
            return CLIENT_API;
        }
        return AUTRE;
    }
}
