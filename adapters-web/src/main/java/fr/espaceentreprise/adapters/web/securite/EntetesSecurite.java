package fr.espaceentreprise.adapters.web.securite;

import io.javalin.http.Context;

/**
 * Headers sent on every answer, pages, API, errors and static files alike. Set before any handler runs, so an
 * error answer carries them too; static files then replace {@code Cache-Control} with their own.
 */
public final class EntetesSecurite {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    public static final String HSTS = "max-age=63072000; includeSubDomains";

    private final boolean https;

    public EntetesSecurite(boolean https) {
        this.https = https;
    }

    public void appliquer(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
        ctx.header("Cache-Control", "no-store");
    }
}
