package fr.espaceentreprise.adapters.web.compte;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.compte.SeDeconnecter;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions of the API: a client opens one with {@code POST /api/v1/sessions} and gets its token to send as
 * {@code Authorization: Bearer}; an account with a second factor sends its code in the same request
 * ({@code codeSecondFacteur}: the app's, or a recovery code). A failure answers 401 (a missing or wrong code with
 * its own code), 429 with Retry-After, or 403 for a suspended account, see {@link Connexion}.
 */
final class ConnexionApi {

    static final String API_SESSIONS = "/api/v1/sessions";
    static final String API_SESSION_COURANTE = "/api/v1/sessions/courante";

    private final Connexion connexion;
    private final SeDeconnecter seDeconnecter;
    private final Acces acces;
    private final JetonsDeSession jetons;

    ConnexionApi(Connexion connexion, SeDeconnecter seDeconnecter, Acces acces, JetonsDeSession jetons) {
        this.connexion = connexion;
        this.seDeconnecter = seDeconnecter;
        this.acces = acces;
        this.jetons = jetons;
    }

    void declarer(RoutesConfig routes) {
        routes.post(API_SESSIONS, this::ouvrirSession);
        routes.delete(API_SESSION_COURANTE, this::fermerSession);
    }

    private void ouvrirSession(Context ctx) {
        ConnexionJson demande = ctx.bodyAsClass(ConnexionJson.class);
        SeConnecter.Resultat resultat = connexion.tenter(Connexion.numero(demande.numeroAdherent()),
                demande.motDePasse() == null ? new char[0] : demande.motDePasse(), ConnexionDuNavigateur.api(ctx),
                Optional.ofNullable(demande.codeSecondFacteur()));
        if (resultat instanceof SeConnecter.Resultat.Reussie reussie) {
            ctx.status(201).header("Location", API_SESSION_COURANTE);
            ctx.json(new SessionOuverteJson(reussie.jeton(), reussie.derniereConnexion().orElse(null),
                    EtapesEnAttente.dansLOrdre(reussie.etapesEnAttente())));
        } else if (resultat instanceof SeConnecter.Resultat.Temporisee temporisee) {
            throw Connexion.temporisee(temporisee);
        } else if (resultat instanceof SeConnecter.Resultat.Suspendu) {
            throw new ProblemeException(403, Connexion.CODE_SUSPENDU);
        } else if (resultat instanceof SeConnecter.Resultat.SecondFacteurRequis) {
            throw nonAuthentifie(new ProblemeException(401, Connexion.CODE_SECOND_FACTEUR_REQUIS));
        } else if (resultat instanceof SeConnecter.Resultat.SecondFacteurInvalide) {
            throw nonAuthentifie(new ProblemeException(401, Connexion.CODE_SECOND_FACTEUR_INVALIDE));
        } else {
            throw nonAuthentifie(new ProblemeException(401, Connexion.CODE_REFUSEE));
        }
    }

    private static ProblemeException nonAuthentifie(ProblemeException refus) {
        return refus.avecEntete("WWW-Authenticate", "Bearer");
    }

    private void fermerSession(Context ctx) {
        acces.connecte(ctx);
        seDeconnecter.seDeconnecter(new SeDeconnecter.Commande(jetons.jeton(ctx).orElseThrow(),
                AdresseClient.de(ctx)));
        if (jetons.cookieSession(ctx).isPresent()) {
            jetons.fermer(ctx);
        }
        ctx.status(204);
    }

    /** @param codeSecondFacteur the code of the account's app, or one of its recovery codes */
    record ConnexionJson(String numeroAdherent, char[] motDePasse, String codeSecondFacteur) {

        @Override
        public String toString() {
            return "ConnexionJson[numeroAdherent=" + numeroAdherent + "]";
        }
    }

    record SessionOuverteJson(String jeton, @JsonInclude(JsonInclude.Include.ALWAYS) Instant derniereConnexion,
            List<EtapeObligatoire> etapes) {

        @Override
        public String toString() {
            return "SessionOuverteJson[etapes=" + etapes + "]";
        }
    }
}
