package fr.espaceentreprise.adapters.web.securite;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;

/** How the security rules classify a request. */
public final class Requetes {

    private Requetes() {
    }

    /** JSON answers, problem+json errors: the API and the operators' health endpoints. */
    public static boolean estApi(Context ctx) {
        String chemin = ctx.path();
        return chemin.startsWith("/api/") || chemin.equals("/api") || chemin.equals("/health")
                || chemin.startsWith("/health/");
    }

    public static boolean modifieEtat(Context ctx) {
        HandlerType methode = ctx.method();
        return methode == HandlerType.POST || methode == HandlerType.PUT || methode == HandlerType.PATCH
                || methode == HandlerType.DELETE;
    }

    public static boolean porteUnJetonBearer(Context ctx) {
        String autorisation = ctx.header("Authorization");
        return autorisation != null && autorisation.length() > 7
                && autorisation.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ");
    }

    /** A body is announced by its length or by chunked transfer. */
    public static boolean aUnCorps(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }
}
