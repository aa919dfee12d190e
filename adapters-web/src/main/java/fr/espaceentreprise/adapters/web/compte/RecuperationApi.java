package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.application.compte.RecupererAcces;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Forgotten password and forgotten identifier in the API; the answer is the same (202) whether or not an account
 * matches.
 */
final class RecuperationApi {

    static final String API_MOT_DE_PASSE_OUBLIE = "/api/v1/mot-de-passe-oublie";
    static final String API_IDENTIFIANT_OUBLIE = "/api/v1/identifiant-oublie";

    private final RecupererAcces recupererAcces;
    private final ChoixLangue choixLangue;
    private final Traductions traductions;

    RecuperationApi(RecupererAcces recupererAcces, ChoixLangue choixLangue, Traductions traductions) {
        this.recupererAcces = recupererAcces;
        this.choixLangue = choixLangue;
        this.traductions = traductions;
    }

    void declarer(RoutesConfig routes) {
        routes.post(API_MOT_DE_PASSE_OUBLIE, this::motDePasseOublie);
        routes.post(API_IDENTIFIANT_OUBLIE, this::identifiantOublie);
    }

    private void motDePasseOublie(Context ctx) {
        NumeroJson demande = ctx.bodyAsClass(NumeroJson.class);
        recupererAcces.motDePasseOublie(new RecupererAcces.MotDePasseOublie(
                new NumeroAdherent(demande.numeroAdherent()), AdresseClient.de(ctx)));
        recu(ctx);
    }

    private void identifiantOublie(Context ctx) {
        EmailJson demande = ctx.bodyAsClass(EmailJson.class);
        recupererAcces.identifiantOublie(new RecupererAcces.IdentifiantOublie(new Email(demande.email()),
                AdresseClient.de(ctx)));
        recu(ctx);
    }

    private void recu(Context ctx) {
        ctx.status(202).json(RecuJson.recue(traductions.pour(choixLangue.langue(ctx)).t("recuperation.recue")));
    }

    record NumeroJson(String numeroAdherent) {
    }

    record EmailJson(String email) {
    }
}
