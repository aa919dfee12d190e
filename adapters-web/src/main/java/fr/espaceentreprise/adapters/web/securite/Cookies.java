package fr.espaceentreprise.adapters.web.securite;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * Writes the portal's cookies: always {@code Path=/}, {@code HttpOnly} and {@code SameSite=Lax}, {@code Secure}
 * when the portal is served over https. Written by hand so that every attribute is visible in one place.
 */
public final class Cookies {

    private final boolean https;

    public Cookies(boolean https) {
        this.https = https;
    }

    public boolean https() {
        return https;
    }

    /** A cookie the browser forgets when it closes. */
    public void ecrire(Context ctx, String nom, String valeur) {
        ctx.res().addHeader("Set-Cookie", entete(nom, valeur, null));
    }

    public void ecrire(Context ctx, String nom, String valeur, Duration duree) {
        ctx.res().addHeader("Set-Cookie", entete(nom, valeur, duree));
    }

    public void effacer(Context ctx, String nom) {
        ctx.res().addHeader("Set-Cookie", entete(nom, "", Duration.ZERO));
    }

    private String entete(String nom, String valeur, Duration duree) {
        StringBuilder entete = new StringBuilder(nom).append('=').append(valeur).append("; Path=/");
        if (duree != null) {
            entete.append("; Max-Age=").append(duree.toSeconds());
        }
        if (https) {
            entete.append("; Secure");
        }
        return entete.append("; HttpOnly; SameSite=Lax").toString();
    }
}
