package fr.espaceentreprise.adapters.web.compte;

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
import java.util.function.Consumer;

/**
 * Login and logout in the browser. The login page is the portal's home page ({@value #CONNEXION}); an account with a
 * second factor then gives the code of its app, or a recovery code, on a second page ({@value #SECOND_FACTEUR}),
 * the waiting login kept meanwhile in a cookie (see {@link ConnexionDuNavigateur}). A failure shows the page again
 * with the reason (401, 429 with Retry-After, 403 for a suspended account), see {@link Connexion}; a waiting login
 * that expired sends back to the login page, which says so.
 */
final class ConnexionPages {

    static final String CONNEXION = "/";
    static final String SECOND_FACTEUR = "/connexion/second-facteur";
    static final String DECONNEXION = "/deconnexion";

    static final String CHAMP_NUMERO = "numeroAdherent";
    static final String CHAMP_MOT_DE_PASSE = "motDePasse";
    static final String CHAMP_CODE = "codeSecondFacteur";
    static final String CHAMP_CODE_DE_SECOURS = "codeDeSecours";
    /** On the login page: the waiting login expired, or was never there. */
    static final String PARAMETRE_EXPIREE = "attente-expiree";
    static final String CODE_ATTENTE_EXPIREE = "connexion.second_facteur_expire";

    private final Connexion connexion;
    private final SeDeconnecter seDeconnecter;
    private final Acces acces;
    private final JetonsDeSession jetons;
    private final ConnexionDuNavigateur navigateur;
    private final Csrf csrf;
    private final Pages pages;

    ConnexionPages(Connexion connexion, SeDeconnecter seDeconnecter, Acces acces, JetonsDeSession jetons,
            ConnexionDuNavigateur navigateur, Csrf csrf, Pages pages) {
        this.connexion = connexion;
        this.seDeconnecter = seDeconnecter;
        this.acces = acces;
        this.jetons = jetons;
        this.navigateur = navigateur;
        this.csrf = csrf;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(CONNEXION, this::pageConnexion);
        routes.post(CONNEXION, this::connecter);
        routes.get(SECOND_FACTEUR, this::pageSecondFacteur);
        routes.post(SECOND_FACTEUR, this::completer);
        routes.post(DECONNEXION, this::deconnecter);
    }

    private void pageConnexion(Context ctx) {
        if (acces.session(ctx).isPresent()) {
            ctx.redirect(EtapesEnAttente.suite(acces.session(ctx).get().etapesEnAttente()), HttpStatus.SEE_OTHER);
            return;
        }
        afficher(ctx, ctx.queryParam(PARAMETRE_EXPIREE) == null ? Formulaire.vide()
                : Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur(null, CODE_ATTENTE_EXPIREE))));
    }

    private void connecter(Context ctx) {
        String numeroSaisi = Optional.ofNullable(ctx.formParam(CHAMP_NUMERO)).orElse("");
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(CHAMP_NUMERO, numeroSaisi));
        Optional<NumeroAdherent> numero = Connexion.numero(numeroSaisi);
        SeConnecter.Resultat resultat = connexion.tenter(numero,
                Connexion.motDePasse(ctx.formParam(CHAMP_MOT_DE_PASSE)), navigateur.origine(ctx), Optional.empty());
        if (resultat instanceof SeConnecter.Resultat.SecondFacteurRequis requis) {
            navigateur.mettreEnAttente(ctx, numero.orElseThrow(), requis.jetonConnexion());
            ctx.redirect(SECOND_FACTEUR, HttpStatus.SEE_OTHER);
            return;
        }
        conclure(ctx, resultat, numero, null, erreurs -> afficher(ctx, formulaire.avecErreurs(erreurs)));
    }

    private void afficher(Context ctx, Formulaire formulaire) {
        pages.afficher(ctx, "compte/connexion.jte", Map.of("formulaire", formulaire));
    }

    // --- the second factor's code

    private void pageSecondFacteur(Context ctx) {
        if (acces.session(ctx).isPresent()) {
            ctx.redirect(EtapesEnAttente.suite(acces.session(ctx).get().etapesEnAttente()), HttpStatus.SEE_OTHER);
        } else if (navigateur.enAttente(ctx).isEmpty()) {
            ctx.redirect(CONNEXION + "?" + PARAMETRE_EXPIREE, HttpStatus.SEE_OTHER);
        } else {
            afficherSecondFacteur(ctx, Formulaire.vide());
        }
    }

    /**
     * The code of the app, or else a recovery code (each has its field: the app's is numeric, a recovery code has
     * letters). A form with neither is refused before the core counts it as a failed attempt.
     */
    private void completer(Context ctx) {
        Optional<ConnexionDuNavigateur.Attente> attente = navigateur.enAttente(ctx);
        if (attente.isEmpty()) {
            ctx.redirect(CONNEXION + "?" + PARAMETRE_EXPIREE, HttpStatus.SEE_OTHER);
            return;
        }
        Optional<String> secours = Optional.ofNullable(ctx.formParam(CHAMP_CODE_DE_SECOURS))
                .filter(code -> !code.isBlank());
        String champ = secours.isPresent() ? CHAMP_CODE_DE_SECOURS : CHAMP_CODE;
        String code = secours.orElseGet(() -> Optional.ofNullable(ctx.formParam(CHAMP_CODE)).orElse(""));
        if (code.isBlank()) {
            ctx.status(400);
            afficherSecondFacteur(ctx, Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur(CHAMP_CODE,
                    "champ.obligatoire"))));
            return;
        }
        SeConnecter.Resultat resultat = connexion.completer(attente.get().jeton(), code, navigateur.origine(ctx));
        if (resultat instanceof SeConnecter.Resultat.Refusee) {
            navigateur.oublierAttente(ctx);
            ctx.redirect(CONNEXION + "?" + PARAMETRE_EXPIREE, HttpStatus.SEE_OTHER);
            return;
        }
        if (resultat instanceof SeConnecter.Resultat.Reussie) {
            navigateur.oublierAttente(ctx);
        }
        conclure(ctx, resultat, attente.map(ConnexionDuNavigateur.Attente::numero), champ,
                erreurs -> afficherSecondFacteur(ctx, Formulaire.vide().avecErreurs(erreurs)));
    }

    private void afficherSecondFacteur(Context ctx, Formulaire formulaire) {
        pages.afficher(ctx, "compte/connexionSecondFacteur.jte", Map.of("formulaire", formulaire));
    }

    /**
     * Logged in: the session, then the first pending step or the home page. Otherwise the page again with the
     * reason, a wrong code beside the field {@code champCode} it was typed in.
     */
    private void conclure(Context ctx, SeConnecter.Resultat resultat, Optional<NumeroAdherent> numero,
            String champCode, Consumer<List<ErreurChamp>> echec) {
        if (resultat instanceof SeConnecter.Resultat.Reussie reussie) {
            navigateur.ouvrir(ctx, numero.orElseThrow(), reussie);
            ctx.redirect(EtapesEnAttente.suite(reussie.etapesEnAttente()), HttpStatus.SEE_OTHER);
            return;
        }
        ErreurChamp erreur;
        if (resultat instanceof SeConnecter.Resultat.Temporisee temporisee) {
            ProblemeException refus = Connexion.temporisee(temporisee);
            refus.entetes().forEach(ctx::header);
            ctx.status(429);
            erreur = new ErreurChamp(null, refus.code(), refus.parametres());
        } else if (resultat instanceof SeConnecter.Resultat.Suspendu) {
            ctx.status(403);
            erreur = ErreurChamp.sur(null, Connexion.CODE_SUSPENDU);
        } else if (resultat instanceof SeConnecter.Resultat.SecondFacteurInvalide) {
            ctx.status(401);
            erreur = ErreurChamp.sur(champCode, Connexion.CODE_SECOND_FACTEUR_INVALIDE);
        } else {
            ctx.status(401);
            erreur = ErreurChamp.sur(null, Connexion.CODE_REFUSEE);
        }
        echec.accept(List.of(erreur));
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
