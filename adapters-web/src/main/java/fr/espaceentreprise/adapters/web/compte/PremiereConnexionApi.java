package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.application.compte.AccepterCgu;
import fr.espaceentreprise.application.compte.ConfirmerEmail;
import fr.espaceentreprise.application.compte.DemanderCodeEmail;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * The first-login steps in the API: the e-mail code (sent, then confirmed) and the acceptance of the CGU in force;
 * each answers the steps still pending. One's own password is {@code PUT /api/v1/moi/mot-de-passe}.
 */
final class PremiereConnexionApi {

    static final String API_CODE_EMAIL = "/api/v1/moi/email/code";
    static final String API_CONFIRMATION_EMAIL = "/api/v1/moi/email/confirmation";
    static final String API_ACCEPTATION_CGU = "/api/v1/moi/cgu/acceptation";

    private final DemanderCodeEmail demanderCodeEmail;
    private final ConfirmerEmail confirmerEmail;
    private final AccepterCgu accepterCgu;
    private final Acces acces;

    PremiereConnexionApi(DemanderCodeEmail demanderCodeEmail, ConfirmerEmail confirmerEmail, AccepterCgu accepterCgu,
            Acces acces) {
        this.demanderCodeEmail = demanderCodeEmail;
        this.confirmerEmail = confirmerEmail;
        this.accepterCgu = accepterCgu;
        this.acces = acces;
    }

    void declarer(RoutesConfig routes) {
        routes.post(API_CODE_EMAIL, this::envoyerCode);
        routes.post(API_CONFIRMATION_EMAIL, this::confirmerEmail);
        routes.post(API_ACCEPTATION_CGU, this::accepterCgu);
    }

    private void envoyerCode(Context ctx) {
        demanderCodeEmail.demander(new DemanderCodeEmail.Commande(acces.connecte(ctx), AdresseClient.de(ctx)));
        ctx.status(202);
    }

    private void confirmerEmail(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        CodeJson demande = ctx.bodyAsClass(CodeJson.class);
        Set<EtapeObligatoire> restantes = confirmerEmail.confirmer(
                new ConfirmerEmail.Commande(session, demande.code(), AdresseClient.de(ctx)));
        ctx.json(MonCompteApi.EtapesJson.de(restantes));
    }

    private void accepterCgu(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        VersionJson demande = ctx.bodyAsClass(VersionJson.class);
        Set<EtapeObligatoire> restantes = accepterCgu.accepter(
                new AccepterCgu.Commande(session, demande.version(), AdresseClient.de(ctx)));
        ctx.json(MonCompteApi.EtapesJson.de(restantes));
    }

    record CodeJson(String code) {

        @Override
        public String toString() {
            return "CodeJson[]";
        }
    }

    record VersionJson(String version) {
    }
}
