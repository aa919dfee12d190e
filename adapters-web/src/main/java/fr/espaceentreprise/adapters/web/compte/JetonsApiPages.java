package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.compte.GererJetonsApi;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.JetonApiId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * "Mon compte → Accès par API": the user's personal API tokens (never the tokens themselves), a form to create one
 * (with the second factor proved lately, see {@link Reauthentification}) whose answer shows the token this once,
 * with a command that uses it, and a button to revoke each.
 */
final class JetonsApiPages {

    static final String JETONS = "/mon-compte/acces-api";
    static final String REVOCATION = "/mon-compte/acces-api/{id}/revocation";
    /** The name's field: {@code nom} would read as a person's name in the form's list of errors. */
    static final String CHAMP_NOM = "nomJeton";
    private static final String PARAMETRE_REVOQUE = "revoque";
    /** What the example command asks: who the token belongs to, which any token may read. */
    private static final String EXEMPLE = "/api/v1/moi";

    private final GererJetonsApi jetonsApi;
    private final Reauthentification reauthentification;
    private final Acces acces;
    private final Pages pages;
    private final URI baseUrl;
    private final Clock horloge;

    JetonsApiPages(GererJetonsApi jetonsApi, Reauthentification reauthentification, Acces acces, Pages pages,
            URI baseUrl, Clock horloge) {
        this.jetonsApi = jetonsApi;
        this.reauthentification = reauthentification;
        this.acces = acces;
        this.pages = pages;
        this.baseUrl = baseUrl;
        this.horloge = horloge;
    }

    void declarer(RoutesConfig routes) {
        routes.get(JETONS, ctx -> afficher(ctx, acces.connecte(ctx), Formulaire.avecValeurs(Map.of(
                SaisieJetonApi.CHAMP_DROITS, DroitsJeton.LECTURE.name(),
                SaisieJetonApi.CHAMP_EXPIRATION, SaisieJetonApi.expirationParDefaut(horloge).toString()))));
        routes.post(JETONS, this::creer);
        routes.post(REVOCATION, this::revoquer);
    }

    private void afficher(Context ctx, SessionAuthentifiee session, Formulaire formulaire) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("jetons", jetonsApi.lister(session));
        parametres.put("maintenant", horloge.instant());
        parametres.put("formulaire", formulaire);
        parametres.put("expirationMax", SaisieJetonApi.expirationParDefaut(horloge));
        parametres.put("revoque", "1".equals(ctx.queryParam(PARAMETRE_REVOQUE)));
        parametres.put("gestionnaire", session.acteur().estGestionnaire());
        pages.afficher(ctx, "compte/jetonsApi.jte", parametres);
    }

    private void creer(Context ctx) {
        reauthentification.executer(ctx, acces.connecte(ctx), session -> {
            try {
                GererJetonsApi.JetonCree cree = jetonsApi.creer(SaisieJetonApi.lire(session,
                        ctx.formParam(CHAMP_NOM), ctx.formParam(SaisieJetonApi.CHAMP_DROITS),
                        ctx.formParam(SaisieJetonApi.CHAMP_EXPIRATION), AdresseClient.de(ctx)));
                pages.afficher(ctx, "compte/jetonApiCree.jte", Map.of("cree", cree,
                        "exemple", "curl -H \"Authorization: Bearer " + cree.jeton() + "\" " + adresse(EXEMPLE),
                        "gestionnaire", session.acteur().estGestionnaire()));
            } catch (SaisieInvalideException | DomaineException refus) {
                EchecSaisie echec = EchecSaisie.de(refus);
                ctx.status(echec.statut());
                afficher(ctx, session, Formulaire.depuis(ctx).avecErreurs(echec.erreurs().stream()
                        .map(erreur -> erreur.renommee(SaisieJetonApi.CHAMP_NOM, CHAMP_NOM)).toList()));
            }
        });
    }

    private void revoquer(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        jetonsApi.revoquer(session, JetonApiId.de(ctx.pathParam("id")), AdresseClient.de(ctx));
        ctx.redirect(JETONS + "?" + PARAMETRE_REVOQUE + "=1", HttpStatus.SEE_OTHER);
    }

    private String adresse(String chemin) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + chemin;
    }
}
