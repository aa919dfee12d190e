package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The second factor in the API, for a client logged in with a password (never with an API token, 403
 * "acces.session_requise"): enrolling one ({@value #API_SECOND_FACTEUR} answers the secret and its
 * {@code otpauth://} URI, {@value #API_CONFIRMATION} the first code of the app, and answers the ten recovery codes
 * this once), and proving it again before a sensitive change ({@value #API_VERIFICATION}). Enrolling while a factor
 * is active needs it proved in the last ten minutes (403 "acces.reauthentification_requise").
 */
final class EnrolementApi {

    static final String API_SECOND_FACTEUR = "/api/v1/moi/second-facteur";
    static final String API_CONFIRMATION = "/api/v1/moi/second-facteur/confirmation";
    static final String API_VERIFICATION = "/api/v1/moi/second-facteur/verification";

    private final GererSecondFacteur secondFacteur;
    private final Acces acces;

    EnrolementApi(GererSecondFacteur secondFacteur, Acces acces) {
        this.secondFacteur = secondFacteur;
        this.acces = acces;
    }

    void declarer(RoutesConfig routes) {
        routes.post(API_SECOND_FACTEUR, this::commencer);
        routes.post(API_CONFIRMATION, this::confirmer);
        routes.post(API_VERIFICATION, this::verifier);
    }

    private void commencer(Context ctx) {
        GererSecondFacteur.Enrolement enrolement = secondFacteur.commencer(acces.connecte(ctx),
                AdresseClient.de(ctx));
        ctx.json(new EnrolementJson(enrolement.secret(), enrolement.uri()));
    }

    private void confirmer(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        PremiereConnexionApi.CodeJson demande = ctx.bodyAsClass(PremiereConnexionApi.CodeJson.class);
        GererSecondFacteur.Activation activation = secondFacteur.confirmer(session, demande.code(),
                AdresseClient.de(ctx));
        ctx.json(new ActivationJson(activation.codesDeSecours(),
                EtapesEnAttente.dansLOrdre(activation.etapesRestantes())));
    }

    private void verifier(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        PremiereConnexionApi.CodeJson demande = ctx.bodyAsClass(PremiereConnexionApi.CodeJson.class);
        secondFacteur.reverifier(session, demande.code(), AdresseClient.de(ctx));
        ctx.status(204);
    }

    record EnrolementJson(String secret, String uri) {

        @Override
        public String toString() {
            return "EnrolementJson[]";
        }
    }

    record ActivationJson(List<String> codesDeSecours, List<EtapeObligatoire> etapes) {

        @Override
        public String toString() {
            return "ActivationJson[etapes=" + etapes + "]";
        }
    }
}
