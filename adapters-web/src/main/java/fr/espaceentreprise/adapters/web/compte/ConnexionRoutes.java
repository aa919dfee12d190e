package fr.espaceentreprise.adapters.web.compte;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.espaceentreprise.adapters.web.compte.JetonsDeSession.InfosConnexion;
import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.compte.SeDeconnecter;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Login and logout. The login page is the portal's home page ({@value #CONNEXION}); API clients open a session with
 * {@code POST /api/v1/sessions} and get its token to send as {@code Authorization: Bearer}. Any failure gets the
 * same answer (401), whether the numéro d'adhérent exists or not; too many failures get 429 with Retry-After; the
 * right password of a suspended account gets 403 ("compte.suspendu": call the Centre relations clients).
 */
final class ConnexionRoutes {

    static final String CONNEXION = "/";
    static final String DECONNEXION = "/deconnexion";
    static final String API_SESSIONS = "/api/v1/sessions";
    static final String API_SESSION_COURANTE = "/api/v1/sessions/courante";

    static final String CHAMP_NUMERO = "numeroAdherent";
    static final String CHAMP_MOT_DE_PASSE = "motDePasse";
    static final String CODE_REFUSEE = "connexion.refusee";
    static final String CODE_TEMPORISEE = "connexion.temporisee";
    static final String CODE_SUSPENDU = "compte.suspendu";

    private final SeConnecter seConnecter;
    private final SeDeconnecter seDeconnecter;
    private final Acces acces;
    private final JetonsDeSession jetons;
    private final Csrf csrf;
    private final Pages pages;

    ConnexionRoutes(SeConnecter seConnecter, SeDeconnecter seDeconnecter, Acces acces, JetonsDeSession jetons,
            Csrf csrf, Pages pages) {
        this.seConnecter = seConnecter;
        this.seDeconnecter = seDeconnecter;
        this.acces = acces;
        this.jetons = jetons;
        this.csrf = csrf;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(CONNEXION, this::pageConnexion);
        routes.post(CONNEXION, this::connecter);
        routes.post(DECONNEXION, this::deconnecter);
        routes.post(API_SESSIONS, this::ouvrirSession);
        routes.delete(API_SESSION_COURANTE, this::fermerSession);
    }

    private void pageConnexion(Context ctx) {
        if (acces.session(ctx).isPresent()) {
            ctx.redirect(PremiereConnexionRoutes.suite(acces.session(ctx).get().etapesEnAttente()),
                    HttpStatus.SEE_OTHER);
            return;
        }
        afficher(ctx, Formulaire.vide());
    }

    private void connecter(Context ctx) {
        String numeroSaisi = Optional.ofNullable(ctx.formParam(CHAMP_NUMERO)).orElse("");
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(CHAMP_NUMERO, numeroSaisi));
        Optional<NumeroAdherent> numero = numero(numeroSaisi);
        SeConnecter.Resultat resultat = tenter(numero, motDePasse(ctx.formParam(CHAMP_MOT_DE_PASSE)),
                AdresseClient.de(ctx));
        if (resultat instanceof SeConnecter.Resultat.Reussie) {
            SeConnecter.Resultat.Reussie reussie = (SeConnecter.Resultat.Reussie) resultat;
            // A new token at each login, and a new CSRF token: nothing seen before the login works after it.
            csrf.renouveler(ctx);
            jetons.ouvrir(ctx, reussie.jeton(), new InfosConnexion(numero.orElseThrow(),
                    reussie.derniereConnexion()));
            ctx.redirect(PremiereConnexionRoutes.suite(reussie.etapesEnAttente()), HttpStatus.SEE_OTHER);
        } else if (resultat instanceof SeConnecter.Resultat.Temporisee) {
            ProblemeException refus = Problemes.tropDeTentatives(CODE_TEMPORISEE,
                    ((SeConnecter.Resultat.Temporisee) resultat).reessayerApres());
            refus.entetes().forEach(ctx::header);
            ctx.status(429);
            afficher(ctx, formulaire.avecErreurs(List.of(new ErreurChamp(null, refus.code(), refus.parametres()))));
        } else if (resultat instanceof SeConnecter.Resultat.Suspendu) {
            ctx.status(403);
            afficher(ctx, formulaire.avecErreurs(List.of(ErreurChamp.sur(null, CODE_SUSPENDU))));
        } else {
            ctx.status(401);
            afficher(ctx, formulaire.avecErreurs(List.of(ErreurChamp.sur(null, CODE_REFUSEE))));
        }
    }

    private void afficher(Context ctx, Formulaire formulaire) {
        pages.afficher(ctx, "compte/connexion.jte", Map.of("formulaire", formulaire));
    }

    /** Logout from any page: the session ends on the server, whatever the browser keeps. */
    private void deconnecter(Context ctx) {
        jetons.cookieSession(ctx).ifPresent(jeton -> seDeconnecter.seDeconnecter(
                new SeDeconnecter.Commande(jeton, AdresseClient.de(ctx))));
        jetons.fermer(ctx);
        csrf.renouveler(ctx);
        ctx.redirect(CONNEXION, HttpStatus.SEE_OTHER);
    }

    private void ouvrirSession(Context ctx) {
        ConnexionJson demande = ctx.bodyAsClass(ConnexionJson.class);
        SeConnecter.Resultat resultat = tenter(numero(demande.numeroAdherent()),
                demande.motDePasse() == null ? new char[0] : demande.motDePasse(), AdresseClient.de(ctx));
        if (resultat instanceof SeConnecter.Resultat.Reussie) {
            SeConnecter.Resultat.Reussie reussie = (SeConnecter.Resultat.Reussie) resultat;
            ctx.status(201).header("Location", API_SESSION_COURANTE);
            ctx.json(new SessionOuverteJson(reussie.jeton(), reussie.derniereConnexion().orElse(null),
                    MonCompteRoutes.etapes(reussie.etapesEnAttente())));
        } else if (resultat instanceof SeConnecter.Resultat.Temporisee) {
            throw Problemes.tropDeTentatives(CODE_TEMPORISEE,
                    ((SeConnecter.Resultat.Temporisee) resultat).reessayerApres());
        } else if (resultat instanceof SeConnecter.Resultat.Suspendu) {
            throw new ProblemeException(403, CODE_SUSPENDU);
        } else {
            throw new ProblemeException(401, CODE_REFUSEE).avecEntete("WWW-Authenticate", "Bearer");
        }
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

    /**
     * A numéro that cannot exist, or an empty password, is refused at once and like any other failure; the
     * password is wiped whatever happens.
     */
    private SeConnecter.Resultat tenter(Optional<NumeroAdherent> numero, char[] motDePasse, AdresseIp ip) {
        try {
            if (numero.isEmpty() || motDePasse.length == 0) {
                return new SeConnecter.Resultat.Refusee();
            }
            return seConnecter.seConnecter(new SeConnecter.Commande(numero.get(), motDePasse, ip));
        } finally {
            Arrays.fill(motDePasse, '\0');
        }
    }

    private static Optional<NumeroAdherent> numero(String saisi) {
        try {
            return Optional.of(new NumeroAdherent(saisi));
        } catch (ValeurInvalideException | NullPointerException illisible) {
            return Optional.empty();
        }
    }

    /** A password posted by a form, as an array the caller wipes (the form's own string cannot be). */
    static char[] motDePasse(String saisi) {
        return saisi == null ? new char[0] : saisi.toCharArray();
    }

    record ConnexionJson(String numeroAdherent, char[] motDePasse) {

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
