package fr.espaceentreprise.adapters.web.compte;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.application.compte.GererJetonsApi;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * {@code /api/v1/moi/jetons-api}: the caller's personal API tokens. Creating one needs the second factor proved in
 * the last minutes ({@code POST /api/v1/moi/second-facteur/verification}); the token is in the answer this once.
 */
final class MesJetonsApi {

    static final String API_JETONS = "/api/v1/moi/jetons-api";
    static final String API_JETON = "/api/v1/moi/jetons-api/{id}";

    private final GererJetonsApi jetonsApi;
    private final Acces acces;

    MesJetonsApi(GererJetonsApi jetonsApi, Acces acces) {
        this.jetonsApi = jetonsApi;
        this.acces = acces;
    }

    void declarer(RoutesConfig routes) {
        routes.get(API_JETONS, this::lister);
        routes.post(API_JETONS, this::creer);
        routes.delete(API_JETON, this::revoquer);
    }

    private void lister(Context ctx) {
        ctx.json(ListeJson.entiere(jetonsApi.lister(acces.connecte(ctx)).stream().map(JetonJson::de).toList()));
    }

    private void creer(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        NouveauJetonJson demande = ctx.bodyAsClass(NouveauJetonJson.class);
        GererJetonsApi.JetonCree cree = jetonsApi.creer(SaisieJetonApi.lire(session, demande.nom(),
                demande.droits(), demande.expireLe(), AdresseClient.de(ctx)));
        JetonApi jeton = cree.jetonApi();
        ctx.status(201).json(new JetonCreeJson(jeton.id().toString(), jeton.nom(), jeton.droits(), jeton.creeLe(),
                jeton.expireLe(), cree.jeton()));
    }

    private void revoquer(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        jetonsApi.revoquer(session, JetonApiId.de(ctx.pathParam("id")), AdresseClient.de(ctx));
        ctx.status(204);
    }

    record NouveauJetonJson(String nom, String droits, String expireLe) {
    }

    /** A token as listed: never the token itself. */
    record JetonJson(String id, String nom, DroitsJeton droits, Instant creeLe, Instant expireLe,
            @JsonInclude(JsonInclude.Include.ALWAYS) Instant dernierUsage,
            @JsonInclude(JsonInclude.Include.ALWAYS) Instant revoqueLe) {

        static JetonJson de(JetonApi jeton) {
            return new JetonJson(jeton.id().toString(), jeton.nom(), jeton.droits(), jeton.creeLe(),
                    jeton.expireLe(), jeton.dernierUsage().orElse(null), jeton.revoqueLe().orElse(null));
        }
    }

    /** The answer to a creation, the one time the token is given. */
    record JetonCreeJson(String id, String nom, DroitsJeton droits, Instant creeLe, Instant expireLe, String jeton) {

        @Override
        public String toString() {
            return "JetonCreeJson[" + id + "]";
        }
    }
}
