package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.erreur.ProblemeException;
import fr.espaceentreprise.adapters.web.page.Redirection;
import fr.espaceentreprise.adapters.web.securite.Requetes;
import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.AuthentifierSession;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is calling. A before-handler ({@link #identifier}) recognises the session of each request, by bearer token or
 * session cookie, through {@link AuthentifierSession}; handlers then ask for what they need:
 *
 * <ul>
 *   <li>{@link #connecte}: a logged-in user, pending first-login steps allowed (the steps themselves, logout);</li>
 *   <li>{@link #sansEtapeEnAttente}: a logged-in user with no pending step (everything else);</li>
 *   <li>{@link #gestionnaire}: a back-office user; anybody else logged in gets 404, as if nothing were there.</li>
 * </ul>
 *
 * A visitor is sent to the login page, or answered 401 under {@code /api}. A pending step throws
 * {@link AccesRefuseException}, which {@link ComptesWeb} answers with the step's page, or 403 naming the step.
 */
public final class Acces {

    private static final String ATTRIBUT = Acces.class.getName();

    private final AuthentifierSession authentifierSession;
    private final JetonsDeSession jetons;

    public Acces(AuthentifierSession authentifierSession, JetonsDeSession jetons) {
        this.authentifierSession = authentifierSession;
        this.jetons = jetons;
    }

    /** Before every handler: the session this request carries, if it is alive. Static files are not looked at. */
    public void identifier(Context ctx) {
        String chemin = ctx.path();
        if (chemin.startsWith("/static/") || chemin.startsWith("/api/docs/") || chemin.startsWith("/health")) {
            return;
        }
        Optional<String> jeton = jetons.jeton(ctx);
        if (jeton.isEmpty()) {
            return;
        }
        Optional<SessionAuthentifiee> session = authentifierSession.authentifier(jeton.get());
        if (session.isPresent()) {
            ctx.attribute(ATTRIBUT, session.get());
        } else if (!Requetes.porteUnJetonBearer(ctx)) {
            // A cookie of a session that ended (logout, timeout, suspension) is of no use to the browser.
            jetons.fermer(ctx);
        }
    }

    public Optional<SessionAuthentifiee> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUT));
    }

    /** A logged-in user, whatever steps they still have to complete. */
    public SessionAuthentifiee connecte(Context ctx) {
        return session(ctx).orElseThrow(() -> {
            if (Requetes.estApi(ctx)) {
                return new ProblemeException(401, "authentification.requise").avecEntete("WWW-Authenticate",
                        "Bearer");
            }
            return new Redirection(ConnexionRoutes.CONNEXION);
        });
    }

    /** A logged-in user who has completed every first-login step. */
    public SessionAuthentifiee sansEtapeEnAttente(Context ctx) {
        SessionAuthentifiee session = connecte(ctx);
        session.acteur().premiereEtapeEnAttente().ifPresent(etape -> {
            throw new AccesRefuseException(etape);
        });
        return session;
    }

    /** A back-office user with nothing pending; a logged-in user of another profil gets 404. */
    public Acteur gestionnaire(Context ctx) {
        Acteur acteur = sansEtapeEnAttente(ctx).acteur();
        if (!acteur.estGestionnaire()) {
            throw new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
        }
        return acteur;
    }

    /** Shown in the header of the pages of a logged-in user: the numéro d'adhérent they logged in with. */
    public Optional<String> nomUtilisateur(Context ctx) {
        return session(ctx).map(session -> jetons.infos(ctx)
                .map(infos -> infos.numeroAdherent().valeur())
                .orElseGet(() -> session.acteur().profil().name()));
    }
}
