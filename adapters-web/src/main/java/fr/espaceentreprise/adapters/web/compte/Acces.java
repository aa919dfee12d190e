package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.adapters.web.page.Redirection;
import fr.espaceentreprise.adapters.web.securite.Requetes;
import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.InterditException;
import fr.espaceentreprise.application.compte.AuthentifierSession;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling. A before-handler ({@link #identifier}) recognises the session of each request, by bearer token or
 * session cookie, through {@link AuthentifierSession}; a personal API token counts only as a bearer token, and one
 * that may only read is refused any other method than GET, HEAD and OPTIONS (403
 * {@value InterditException#LECTURE_SEULE}) whatever the route. A handler asks for the logged-in user
 * ({@link #connecte}) and hands his {@link fr.espaceentreprise.domain.perimetre.Acteur} to the use cases, which
 * decide what he may do: a pending first-login step throws {@link AccesRefuseException} (answered with the step's page, or 403 naming it),
 * the back office to anyone but a gestionnaire {@link fr.espaceentreprise.application.commun.IntrouvableException}.
 */
public final class Acces {

    private static final String ATTRIBUT = Acces.class.getName();
    private static final Set<HandlerType> LECTURES = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

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
        boolean parBearer = Requetes.porteUnJetonBearer(ctx);
        Optional<SessionAuthentifiee> session = authentifierSession.authentifier(jeton.get())
                .filter(trouvee -> parBearer || trouvee.jetonApi().isEmpty());
        if (session.isPresent()) {
            ctx.attribute(ATTRIBUT, session.get());
            if (session.get().jetonApi().filter(DroitsJeton.LECTURE::equals).isPresent()
                    && !LECTURES.contains(ctx.method())) {
                throw new InterditException(InterditException.LECTURE_SEULE);
            }
        } else if (!parBearer) {
            // A cookie of a session that ended (logout, timeout, suspension) is of no use to the browser.
            jetons.fermer(ctx);
        }
    }

    public Optional<SessionAuthentifiee> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUT));
    }

    /** A logged-in user, whatever steps they still have to complete: a visitor is sent to log in (401 in the API). */
    public SessionAuthentifiee connecte(Context ctx) {
        return session(ctx).orElseThrow(() -> {
            if (Requetes.estApi(ctx)) {
                return new ProblemeException(401, "authentification.requise").avecEntete("WWW-Authenticate",
                        "Bearer");
            }
            return new Redirection(ConnexionPages.CONNEXION);
        });
    }

    /** Shown in the header of the pages of a logged-in user: the numéro d'adhérent they logged in with. */
    public Optional<String> nomUtilisateur(Context ctx) {
        return session(ctx).map(session -> jetons.infos(ctx)
                .map(infos -> infos.numeroAdherent().valeur())
                .orElseGet(() -> session.acteur().profil().name()));
    }
}
