package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.securite.Cookies;
import fr.espaceentreprise.adapters.web.securite.Requetes;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the session token travels: in the {@code Authorization: Bearer} header for API clients, in the session
 * cookie for browsers ({@code __Host-session}, Secure, under https; {@code session} otherwise; always HttpOnly and
 * SameSite=Lax, see {@link Cookies}). The cookie lives as long as the browser: the server ends the session after
 * 30 minutes idle or 12 hours whatever the activity.
 *
 * <p>Beside it, the browser keeps what the login answered and the pages show: the numéro d'adhérent and the
 * previous successful login ({@link InfosConnexion}). That cookie is signed with the session token (HMAC-SHA256),
 * so it is worth nothing without the session cookie, and nobody who can plant a cookie can make a user see a false
 * "previous login".
 */
public final class JetonsDeSession {

    private static final String HMAC = "HmacSHA256";
    private static final String AUCUNE = "-";

    private final Cookies cookies;
    private final String nomCookieSession;
    private final String nomCookieConnexion;

    public JetonsDeSession(Cookies cookies) {
        this.cookies = cookies;
        this.nomCookieSession = cookies.nom("session");
        this.nomCookieConnexion = cookies.nom("connexion");
    }

    public String nomCookieSession() {
        return nomCookieSession;
    }

    /** How this portal writes its cookies, for those a login keeps beside the session. */
    Cookies cookies() {
        return cookies;
    }

    /** The token of this request: the bearer token if there is one, else the session cookie. */
    public Optional<String> jeton(Context ctx) {
        if (Requetes.porteUnJetonBearer(ctx)) {
            return Optional.of(ctx.header("Authorization").substring(7).strip()).filter(jeton -> !jeton.isEmpty());
        }
        return cookieSession(ctx);
    }

    Optional<String> cookieSession(Context ctx) {
        return Optional.ofNullable(ctx.cookie(nomCookieSession)).filter(jeton -> !jeton.isBlank());
    }

    /** Gives the browser its new session and what the pages show of the login. */
    void ouvrir(Context ctx, String jeton, InfosConnexion infos) {
        cookies.ecrire(ctx, nomCookieSession, jeton);
        cookies.ecrire(ctx, nomCookieConnexion, infos.signer(jeton));
    }

    /** Makes the browser forget its session. */
    void fermer(Context ctx) {
        cookies.effacer(ctx, nomCookieSession);
        cookies.effacer(ctx, nomCookieConnexion);
    }

    /** What the login answered, if the browser kept it with the session token of this request. */
    Optional<InfosConnexion> infos(Context ctx) {
        Optional<String> jeton = cookieSession(ctx);
        String valeur = ctx.cookie(nomCookieConnexion);
        if (jeton.isEmpty() || valeur == null) {
            return Optional.empty();
        }
        return InfosConnexion.lire(valeur, jeton.get());
    }

    /**
     * The numéro d'adhérent the user logged in with and their previous successful login (empty on the first one).
     */
    record InfosConnexion(NumeroAdherent numeroAdherent, Optional<Instant> derniereConnexion) {

        String signer(String jeton) {
            String contenu = numeroAdherent.valeur() + "."
                    + derniereConnexion.map(instant -> Long.toString(instant.getEpochSecond())).orElse(AUCUNE);
            return contenu + "." + signature(contenu, jeton);
        }

        static Optional<InfosConnexion> lire(String valeur, String jeton) {
            int point = valeur.lastIndexOf('.');
            if (point < 0) {
                return Optional.empty();
            }
            String contenu = valeur.substring(0, point);
            byte[] attendue = signature(contenu, jeton).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(attendue, valeur.substring(point + 1).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            String[] parties = contenu.split("\\.", -1);
            try {
                Optional<Instant> derniere = parties[1].equals(AUCUNE)
                        ? Optional.empty()
                        : Optional.of(Instant.ofEpochSecond(Long.parseLong(parties[1])));
                return Optional.of(new InfosConnexion(new NumeroAdherent(parties[0]), derniere));
            } catch (ValeurInvalideException | NumberFormatException | ArrayIndexOutOfBoundsException illisible) {
                return Optional.empty();
            }
        }

        private static String signature(String contenu, String jeton) {
            try {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(new SecretKeySpec(jeton.getBytes(StandardCharsets.UTF_8), HMAC));
                byte[] octets = mac.doFinal(("connexion:" + contenu).getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException("HmacSHA256 is required of every JVM", impossible);
            }
        }
    }
}
