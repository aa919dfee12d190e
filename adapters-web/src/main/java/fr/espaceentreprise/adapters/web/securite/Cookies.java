package fr.espaceentreprise.adapters.web.securite;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * Writes the portal's cookies: always {@code Path=/} and {@code HttpOnly}, {@code SameSite=Lax} unless a cookie
 * needs {@code Strict}, {@code Secure} when the portal is served over https (and then named with the
 * {@code __Host-} prefix, see {@link #nom}). Written by hand so that every attribute is visible in one place.
 */
public final class Cookies {

    private static final String LAX = "Lax";

    private final boolean https;

    public Cookies(boolean https) {
        this.https = https;
    }

    public boolean https() {
        return https;
    }

    /**
     * The name of a cookie: {@code __Host-<base>} under https, which the browser accepts only from this host,
     * Secure and for the whole site, so that no neighbouring subdomain can plant it.
     */
    public String nom(String base) {
        return https ? "__Host-" + base : base;
    }

    /** A cookie the browser forgets when it closes. */
    public void ecrire(Context ctx, String nom, String valeur) {
        ctx.res().addHeader("Set-Cookie", entete(nom, valeur, null, LAX));
    }

    public void ecrire(Context ctx, String nom, String valeur, Duration duree) {
        ctx.res().addHeader("Set-Cookie", entete(nom, valeur, duree, LAX));
    }

    /** A cookie the browser sends only with requests made from this site's own pages, not on a link from another. */
    public void ecrireStrict(Context ctx, String nom, String valeur, Duration duree) {
        ctx.res().addHeader("Set-Cookie", entete(nom, valeur, duree, "Strict"));
    }

    public void effacer(Context ctx, String nom) {
        ctx.res().addHeader("Set-Cookie", entete(nom, "", Duration.ZERO, LAX));
    }

    private String entete(String nom, String valeur, Duration duree, String memeSite) {
        StringBuilder entete = new StringBuilder(nom).append('=').append(valeur).append("; Path=/");
        if (duree != null) {
            entete.append("; Max-Age=").append(duree.toSeconds());
        }
        if (https) {
            entete.append("; Secure");
        }
        return entete.append("; HttpOnly; SameSite=").append(memeSite).toString();
    }
}
