package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.compte.JetonsDeSession.InfosConnexion;
import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.compte.SeDeconnecter;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Login and logout in the browser. The login page is the portal's home page ({@value #CONNEXION}); a failure shows
 * it again with the reason (401, 429 with Retry-After, 403 for a suspended account), see {@link Connexion}.
 */
final class ConnexionPages {

    static final String CONNEXION = "/";
    static final String DECONNEXION = "/deconnexion";

    static final String CHAMP_NUMERO = "numeroAdherent";
    static final String CHAMP_MOT_DE_PASSE = "motDePasse";

    private final Connexion connexion;
    private final SeDeconnecter seDeconnecter;
    private final Acces acces;
    private final JetonsDeSession jetons;
    private final Csrf csrf;
    private final Pages pages;

    ConnexionPages(Connexion connexion, SeDeconnecter seDeconnecter, Acces acces, JetonsDeSession jetons, Csrf csrf,
            Pages pages) {
        this.connexion = connexion;
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
    }

    private void pageConnexion(Context ctx) {
        if (acces.session(ctx).isPresent()) {
            ctx.redirect(EtapesEnAttente.suite(acces.session(ctx).get().etapesEnAttente()), HttpStatus.SEE_OTHER);
            return;
        }
        afficher(ctx, Formulaire.vide());
    }

    private void connecter(Context ctx) {
        String numeroSaisi = Optional.ofNullable(ctx.formParam(CHAMP_NUMERO)).orElse("");
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(CHAMP_NUMERO, numeroSaisi));
        Optional<NumeroAdherent> numero = Connexion.numero(numeroSaisi);
        SeConnecter.Resultat resultat = connexion.tenter(numero,
                Connexion.motDePasse(ctx.formParam(CHAMP_MOT_DE_PASSE)), AdresseClient.de(ctx));
        if (resultat instanceof SeConnecter.Resultat.Reussie reussie) {
            // A new token at each login, and a new CSRF token: nothing seen before the login works after it.
            csrf.renouveler(ctx);
            jetons.ouvrir(ctx, reussie.jeton(), new InfosConnexion(numero.orElseThrow(),
                    reussie.derniereConnexion()));
            ctx.redirect(EtapesEnAttente.suite(reussie.etapesEnAttente()), HttpStatus.SEE_OTHER);
        } else if (resultat instanceof SeConnecter.Resultat.Temporisee temporisee) {
            ProblemeException refus = Problemes.tropDeTentatives(Connexion.CODE_TEMPORISEE,
                    temporisee.reessayerApres());
            refus.entetes().forEach(ctx::header);
            ctx.status(429);
            afficher(ctx, formulaire.avecErreurs(List.of(new ErreurChamp(null, refus.code(), refus.parametres()))));
        } else if (resultat instanceof SeConnecter.Resultat.Suspendu) {
            ctx.status(403);
            afficher(ctx, formulaire.avecErreurs(List.of(ErreurChamp.sur(null, Connexion.CODE_SUSPENDU))));
        } else {
            ctx.status(401);
            afficher(ctx, formulaire.avecErreurs(List.of(ErreurChamp.sur(null, Connexion.CODE_REFUSEE))));
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
}
