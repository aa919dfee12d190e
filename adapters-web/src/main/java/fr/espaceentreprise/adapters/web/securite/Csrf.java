package fr.espaceentreprise.adapters.web.securite;

import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection. The token is a random 256-bit value kept in an HttpOnly cookie
 * ({@code __Host-csrf} under https, {@code csrf} otherwise) and repeated by every form in the hidden field
 * {@value #CHAMP}; a state-changing form request whose field does not match its cookie is refused (403).
 *
 * <p>JSON API calls are checked only when the browser sends credentials by itself: a call authenticated by a
 * bearer token, or carrying none of the authentication cookies, cannot be forged by another site. A call
 * authenticated by cookie must repeat the token in the {@value #ENTETE} header.
 */
public final class Csrf {

    public static final String CHAMP = "_csrf";
    public static final String ENTETE = "X-CSRF-Token";
    public static final String CODE_REFUS = "csrf.invalide";

    private static final String ATTRIBUT = Csrf.class.getName();
    private static final int OCTETS = 32;
    private static final int LONGUEUR_JETON = 43;

    private final Cookies cookies;
    private final String nomCookie;
    private final Set<String> cookiesDAuthentification;
    private final SecureRandom hasard = new SecureRandom();

    /**
     * @param cookiesDAuthentification names of the cookies that authenticate a user (the session cookie): an API
     *                                 call carrying one of them without a bearer token must prove it is not forged
     */
    public Csrf(Cookies cookies, Set<String> cookiesDAuthentification) {
        this.cookies = cookies;
        this.nomCookie = cookies.nom("csrf");
        this.cookiesDAuthentification = Set.copyOf(cookiesDAuthentification);
    }

    public String nomCookie() {
        return nomCookie;
    }

    /** The token to put in this request's forms; sets the cookie when the browser has none yet. */
    public String jeton(Context ctx) {
        String courant = ctx.attribute(ATTRIBUT);
        if (courant != null) {
            return courant;
        }
        String recu = ctx.cookie(nomCookie);
        if (estBienForme(recu)) {
            ctx.attribute(ATTRIBUT, recu);
            return recu;
        }
        return renouveler(ctx);
    }

    /** A new token for this browser, e.g. at login, so that a token seen before cannot be replayed after. */
    public String renouveler(Context ctx) {
        byte[] octets = new byte[OCTETS];
        hasard.nextBytes(octets);
        String jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        cookies.ecrire(ctx, nomCookie, jeton);
        ctx.attribute(ATTRIBUT, jeton);
        return jeton;
    }

    /** Refuses (403) a state-changing request that does not prove it comes from one of our pages. */
    public void verifier(Context ctx) {
        if (!Requetes.modifieEtat(ctx)) {
            return;
        }
        if (Requetes.estApi(ctx)) {
            if (!Requetes.porteUnJetonBearer(ctx) && porteUnCookieDAuthentification(ctx)) {
                comparer(ctx.cookie(nomCookie), ctx.header(ENTETE));
            }
            return;
        }
        comparer(ctx.cookie(nomCookie), ctx.formParam(CHAMP));
    }

    private boolean porteUnCookieDAuthentification(Context ctx) {
        return cookiesDAuthentification.stream().anyMatch(nom -> ctx.cookie(nom) != null);
    }

    private static void comparer(String attendu, String recu) {
        if (!estBienForme(attendu) || recu == null
                || !MessageDigest.isEqual(attendu.getBytes(StandardCharsets.US_ASCII),
                        recu.getBytes(StandardCharsets.US_ASCII))) {
            throw new ProblemeException(403, CODE_REFUS);
        }
    }

    private static boolean estBienForme(String jeton) {
        if (jeton == null || jeton.length() != LONGUEUR_JETON) {
            return false;
        }
        for (int i = 0; i < jeton.length(); i++) {
            char c = jeton.charAt(i);
            boolean base64Url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!base64Url) {
                return false;
            }
        }
        return true;
    }
}
