package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.application.compte.GererSessions;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * {@code /api/v1/moi/sessions}: the caller's open sessions, ending one, or every other one
 * ({@code DELETE …?autres=true}, the only way to end several: the caller's own session ends by logging out).
 */
final class MesSessionsApi {

    static final String API_SESSIONS = "/api/v1/moi/sessions";
    static final String API_SESSION = "/api/v1/moi/sessions/{id}";
    static final String PARAMETRE_AUTRES = "autres";

    private final GererSessions sessions;
    private final Acces acces;

    MesSessionsApi(GererSessions sessions, Acces acces) {
        this.sessions = sessions;
        this.acces = acces;
    }

    void declarer(RoutesConfig routes) {
        routes.get(API_SESSIONS, this::lister);
        routes.delete(API_SESSIONS, this::fermerLesAutres);
        routes.delete(API_SESSION, this::fermer);
    }

    private void lister(Context ctx) {
        ctx.json(ListeJson.entiere(sessions.lister(acces.connecte(ctx)).stream().map(SessionJson::de).toList()));
    }

    private void fermer(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        sessions.fermer(session, SessionId.de(ctx.pathParam("id")), AdresseClient.de(ctx));
        ctx.status(204);
    }

    private void fermerLesAutres(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        if (!"true".equals(ctx.queryParam(PARAMETRE_AUTRES))) {
            throw new ValeurInvalideException(Verifications.OBLIGATOIRE, PARAMETRE_AUTRES);
        }
        ctx.json(new FermeesJson(sessions.fermerLesAutres(session, AdresseClient.de(ctx))));
    }

    record SessionJson(String id, Instant ouverteLe, Instant derniereActivite, String ip,
            FamilleNavigateur navigateur, boolean courante) {

        static SessionJson de(GererSessions.SessionOuverte session) {
            return new SessionJson(session.id().toString(), session.ouverteLe(), session.derniereActivite(),
                    session.ip().valeur(), session.navigateur(), session.courante());
        }
    }

    record FermeesJson(int fermees) {
    }
}
