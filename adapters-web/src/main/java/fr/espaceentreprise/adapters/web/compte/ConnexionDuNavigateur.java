package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.compte.JetonsDeSession.InfosConnexion;
import fr.espaceentreprise.adapters.web.securite.Cookies;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.ConnexionEnAttente;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * What a login in the browser keeps besides the session ({@link JetonsDeSession}), in two HttpOnly cookies no
 * script can read:
 * <ul>
 *   <li>between the password and the second factor's code, the waiting login ({@code connexion-en-attente}, for
 *       {@link ConnexionEnAttente#VALIDITE}, SameSite=Strict so that no other site's link or form carries it): the
 *       numéro d'adhérent typed, shown in the header once logged in, and the token {@link SeConnecter#completer}
 *       takes with the code;</li>
 *   <li>the device ({@code appareil}, a year, SameSite=Lax): the identifier the core gave this browser, so that
 *       logging in from it again is not mailed as a new device.</li>
 * </ul>
 * Both are {@code __Host-} prefixed under https, like the session cookie.
 */
final class ConnexionDuNavigateur {

    static final Duration DUREE_APPAREIL = Duration.ofDays(365);
    /** Longer than any token the core hands out; a longer cookie is not ours. */
    private static final int LONGUEUR_MAX = 200;

    private final Cookies cookies;
    private final JetonsDeSession jetons;
    private final Csrf csrf;
    private final String nomCookieAttente;
    private final String nomCookieAppareil;

    ConnexionDuNavigateur(JetonsDeSession jetons, Csrf csrf) {
        this.cookies = jetons.cookies();
        this.jetons = jetons;
        this.csrf = csrf;
        this.nomCookieAttente = cookies.nom("connexion-en-attente");
        this.nomCookieAppareil = cookies.nom("appareil");
    }

    /**
     * A browser: its address, its family, the device it was given before, and the session it still holds, which
     * the new one replaces.
     */
    SeConnecter.Origine origine(Context ctx) {
        return SeConnecter.Origine.navigateur(AdresseClient.de(ctx), FamilleNavigateur.de(ctx.userAgent()),
                cookie(ctx, nomCookieAppareil), jetons.cookieSession(ctx));
    }

    /** An API client: its address and what its User-Agent says it is. */
    static SeConnecter.Origine api(Context ctx) {
        return SeConnecter.Origine.api(AdresseClient.de(ctx), FamilleNavigateur.de(ctx.userAgent()));
    }

    void mettreEnAttente(Context ctx, NumeroAdherent numero, String jetonConnexion) {
        cookies.ecrireStrict(ctx, nomCookieAttente, numero.valeur() + "." + jetonConnexion,
                ConnexionEnAttente.VALIDITE);
    }

    /** The login this browser left waiting for its code, if its cookie is there and readable. */
    Optional<Attente> enAttente(Context ctx) {
        return cookie(ctx, nomCookieAttente).flatMap(valeur -> {
            int point = valeur.indexOf('.');
            if (point < 0 || point == valeur.length() - 1) {
                return Optional.empty();
            }
            return Connexion.numero(valeur.substring(0, point))
                    .map(numero -> new Attente(numero, valeur.substring(point + 1)));
        });
    }

    void oublierAttente(Context ctx) {
        cookies.effacer(ctx, nomCookieAttente);
    }

    /**
     * Gives the browser its new session, a new CSRF token (nothing seen before the login works after it), and keeps
     * the device the core recognised or named.
     */
    void ouvrir(Context ctx, NumeroAdherent numero, SeConnecter.Resultat.Reussie reussie) {
        csrf.renouveler(ctx);
        jetons.ouvrir(ctx, reussie.jeton(), new InfosConnexion(numero, reussie.derniereConnexion()));
        reussie.appareil().ifPresent(appareil -> cookies.ecrire(ctx, nomCookieAppareil, appareil, DUREE_APPAREIL));
    }

    private static Optional<String> cookie(Context ctx, String nom) {
        return Optional.ofNullable(ctx.cookie(nom))
                .filter(valeur -> !valeur.isBlank() && valeur.length() <= LONGUEUR_MAX);
    }

    /** A login waiting for its code: the numéro d'adhérent typed and the token of the waiting login. */
    record Attente(NumeroAdherent numero, String jeton) {

        @Override
        public String toString() {
            return "Attente[numero=" + numero + "]";
        }
    }
}
