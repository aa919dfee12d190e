package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.compte.GererSessions;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.compte.SessionId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * "Mon compte → Sessions": where and from what each open session of the user was opened, its last activity, this
 * one marked; ending another, or every other one (a phone lost, a shared computer left logged in).
 */
final class SessionsPages {

    static final String SESSIONS = "/mon-compte/sessions";
    static final String FERMETURE = "/mon-compte/sessions/{id}/fermeture";
    static final String FERMETURE_DES_AUTRES = "/mon-compte/sessions/fermeture-des-autres";
    static final String PARAMETRE_FERMEES = "fermees";

    private final GererSessions sessions;
    private final Acces acces;
    private final Pages pages;

    SessionsPages(GererSessions sessions, Acces acces, Pages pages) {
        this.sessions = sessions;
        this.acces = acces;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(SESSIONS, this::afficher);
        routes.post(FERMETURE, this::fermer);
        routes.post(FERMETURE_DES_AUTRES, this::fermerLesAutres);
    }

    private void afficher(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("sessions", sessions.lister(session));
        parametres.put("fermees", fermees(ctx.queryParam(PARAMETRE_FERMEES)));
        parametres.put("gestionnaire", session.acteur().estGestionnaire());
        pages.afficher(ctx, "compte/sessions.jte", parametres);
    }

    private void fermer(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        sessions.fermer(session, SessionId.de(ctx.pathParam("id")), AdresseClient.de(ctx));
        ctx.redirect(SESSIONS + "?" + PARAMETRE_FERMEES + "=1", HttpStatus.SEE_OTHER);
    }

    private void fermerLesAutres(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        int fermees = sessions.fermerLesAutres(session, AdresseClient.de(ctx));
        ctx.redirect(SESSIONS + "?" + PARAMETRE_FERMEES + "=" + fermees, HttpStatus.SEE_OTHER);
    }

    /** How many sessions the previous action ended, to say so; null when the page is not the answer to one. */
    private static Integer fermees(String parametre) {
        if (parametre == null || !parametre.matches("[0-9]{1,4}")) {
            return null;
        }
        return Integer.valueOf(parametre);
    }
}
