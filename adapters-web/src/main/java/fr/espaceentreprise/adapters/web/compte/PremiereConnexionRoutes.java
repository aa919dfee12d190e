package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.page.Redirection;
import fr.espaceentreprise.adapters.web.securite.Requetes;
import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.AccepterCgu;
import fr.espaceentreprise.application.compte.ConfirmerEmail;
import fr.espaceentreprise.application.compte.ConsulterCgu;
import fr.espaceentreprise.application.compte.DefinirMotDePasse;
import fr.espaceentreprise.application.compte.DemanderCodeEmail;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.VersionCgu;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first-login steps (and those of any login with a temporary password): choose one's password, confirm the
 * e-mail address with a code sent to it, accept the CGU in force. The pages take them in that order; nothing
 * else of the portal is reachable until they are done (pages redirect here, the API answers 403 naming the step).
 */
final class PremiereConnexionRoutes {

    static final String MOT_DE_PASSE = "/premiere-connexion/mot-de-passe";
    static final String EMAIL = "/premiere-connexion/email";
    static final String EMAIL_CODE = "/premiere-connexion/email/code";
    static final String CGU = "/premiere-connexion/cgu";
    static final String API_CODE_EMAIL = "/api/v1/moi/email/code";
    static final String API_CONFIRMATION_EMAIL = "/api/v1/moi/email/confirmation";
    static final String API_ACCEPTATION_CGU = "/api/v1/moi/cgu/acceptation";

    static final String CHAMP_NOUVEAU = DefinirMotDePasse.CHAMP;
    static final String CHAMP_CONFIRMATION = "confirmationMotDePasse";
    static final String CHAMP_ACCEPTE = "accepte";
    static final String CODE_CONFIRMATION_DIFFERENTE = "motDePasse.confirmation_differente";
    private static final String PARAMETRE_ENVOI = "envoi";
    /** Where a user sent to accept a new version of the CGU was going (a page asked for with GET). */
    static final String PARAMETRE_RETOUR = "retour";
    private static final int RETOUR_MAX = 2000;

    private final DefinirMotDePasse definirMotDePasse;
    private final DemanderCodeEmail demanderCodeEmail;
    private final ConfirmerEmail confirmerEmail;
    private final ConsulterCgu consulterCgu;
    private final AccepterCgu accepterCgu;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;
    private final Problemes problemes;

    PremiereConnexionRoutes(DefinirMotDePasse definirMotDePasse, DemanderCodeEmail demanderCodeEmail,
            ConfirmerEmail confirmerEmail, ConsulterCgu consulterCgu, AccepterCgu accepterCgu, Acces acces,
            ControleAcces controle, Pages pages, Problemes problemes) {
        this.definirMotDePasse = definirMotDePasse;
        this.demanderCodeEmail = demanderCodeEmail;
        this.confirmerEmail = confirmerEmail;
        this.consulterCgu = consulterCgu;
        this.accepterCgu = accepterCgu;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
        this.problemes = problemes;
    }

    /** The page of a step. */
    static String page(EtapeObligatoire etape) {
        switch (etape) {
            case CHANGER_MOT_DE_PASSE:
                return MOT_DE_PASSE;
            case CONFIRMER_EMAIL:
                return EMAIL;
            case ACCEPTER_CGU:
                return CGU;
            default:
                throw new IllegalArgumentException(etape.name());
        }
    }

    /** Where a logged-in user goes next: the first pending step, else the home page. */
    static String suite(Set<EtapeObligatoire> etapes) {
        return etapes.stream().sorted().findFirst().map(PremiereConnexionRoutes::page).orElse(MonCompteRoutes.ACCUEIL);
    }

    void declarer(RoutesConfig routes) {
        routes.get(MOT_DE_PASSE, ctx -> afficherMotDePasse(ctx, session(ctx, EtapeObligatoire.CHANGER_MOT_DE_PASSE),
                Formulaire.vide()));
        routes.post(MOT_DE_PASSE, this::definirMotDePasse);
        routes.get(EMAIL, ctx -> afficherEmail(ctx, session(ctx, EtapeObligatoire.CONFIRMER_EMAIL),
                Formulaire.vide()));
        routes.post(EMAIL_CODE, this::envoyerCode);
        routes.post(EMAIL, this::confirmerEmail);
        routes.get(CGU, ctx -> afficherCgu(ctx, session(ctx, EtapeObligatoire.ACCEPTER_CGU), Formulaire.vide()));
        routes.post(CGU, this::accepterCgu);

        routes.post(API_CODE_EMAIL, this::envoyerCodeApi);
        routes.post(API_CONFIRMATION_EMAIL, this::confirmerEmailApi);
        routes.post(API_ACCEPTATION_CGU, this::accepterCguApi);

        routes.exception(AccesRefuseException.class, this::etapeEnAttente);
    }

    /**
     * The session of a user whose next step is this one; anyone else is sent where they belong. The step's page is
     * refused as the step itself would be (while the space is closed).
     */
    private SessionAuthentifiee session(Context ctx, EtapeObligatoire etape) {
        SessionAuthentifiee session = acces.connecte(ctx);
        controle.exigerConnecte(session.acteur());
        String attendue = suite(session.etapesEnAttente());
        if (!attendue.equals(page(etape))) {
            throw new Redirection(attendue);
        }
        return session;
    }

    private void etapeEnAttente(AccesRefuseException refus, Context ctx) {
        if (Requetes.estApi(ctx)) {
            problemes.repondre(ctx, new ProblemeException(403, AccesRefuseException.CODE)
                    .avecParametre("etape", refus.etape())
                    .avecMembre("etape", refus.etape().name()));
        } else if (refus.etape() == EtapeObligatoire.ACCEPTER_CGU && "GET".equals(ctx.method().name())
                && retour(demandee(ctx)).isPresent()) {
            ctx.redirect(CGU + "?" + PARAMETRE_RETOUR + "=" + URLEncoder.encode(demandee(ctx), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(page(refus.etape()), HttpStatus.SEE_OTHER);
        }
    }

    private static String demandee(Context ctx) {
        return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    }

    /** An address of this site to go back to, never another site's nor a step's page. */
    static Optional<String> retour(String adresse) {
        if (adresse == null || adresse.length() > RETOUR_MAX || !adresse.startsWith("/") || adresse.startsWith("//")
                || adresse.indexOf('\\') >= 0 || adresse.chars().anyMatch(c -> c < 0x21 || c == 0x7f)
                || adresse.startsWith("/premiere-connexion")) {
            return Optional.empty();
        }
        return Optional.of(adresse);
    }

    // --- choose one's password

    private void definirMotDePasse(Context ctx) {
        SessionAuthentifiee session = session(ctx, EtapeObligatoire.CHANGER_MOT_DE_PASSE);
        char[] nouveau = ConnexionRoutes.motDePasse(ctx.formParam(CHAMP_NOUVEAU));
        char[] confirmation = ConnexionRoutes.motDePasse(ctx.formParam(CHAMP_CONFIRMATION));
        try {
            exigerConfirmation(nouveau, confirmation);
            Set<EtapeObligatoire> restantes = definirMotDePasse.definir(
                    new DefinirMotDePasse.Commande(session, nouveau, AdresseClient.de(ctx)));
            ctx.redirect(suite(restantes), HttpStatus.SEE_OTHER);
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficherMotDePasse(ctx, session, Formulaire.vide().avecErreurs(echec.erreurs()));
        } finally {
            Arrays.fill(nouveau, '\0');
            Arrays.fill(confirmation, '\0');
        }
    }

    /** The password typed twice must be the same (checked when the first one is there at all). */
    static void exigerConfirmation(char[] nouveau, char[] confirmation) {
        if (nouveau.length > 0 && !Arrays.equals(nouveau, confirmation)) {
            throw new SaisieInvalideException(List.of(ErreurChamp.sur(CHAMP_CONFIRMATION,
                    CODE_CONFIRMATION_DIFFERENTE)));
        }
    }

    private void afficherMotDePasse(Context ctx, SessionAuthentifiee session, Formulaire formulaire) {
        pages.afficher(ctx, "compte/definirMotDePasse.jte", Map.of("formulaire", formulaire,
                "etapes", MonCompteRoutes.etapes(session.etapesEnAttente())));
    }

    // --- confirm the e-mail address

    private void envoyerCode(Context ctx) {
        SessionAuthentifiee session = session(ctx, EtapeObligatoire.CONFIRMER_EMAIL);
        demanderCodeEmail.demander(new DemanderCodeEmail.Commande(session, AdresseClient.de(ctx)));
        ctx.redirect(EMAIL + "?" + PARAMETRE_ENVOI + "=ok", HttpStatus.SEE_OTHER);
    }

    private void confirmerEmail(Context ctx) {
        SessionAuthentifiee session = session(ctx, EtapeObligatoire.CONFIRMER_EMAIL);
        try {
            Set<EtapeObligatoire> restantes = confirmerEmail.confirmer(
                    new ConfirmerEmail.Commande(session, ctx.formParam(ConfirmerEmail.CHAMP), AdresseClient.de(ctx)));
            ctx.redirect(suite(restantes), HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficherEmail(ctx, session, Formulaire.vide().avecErreurs(echec.erreurs()));
        }
    }

    private void afficherEmail(Context ctx, SessionAuthentifiee session, Formulaire formulaire) {
        pages.afficher(ctx, "compte/confirmerEmail.jte", Map.of("formulaire", formulaire,
                "codeEnvoye", "ok".equals(ctx.queryParam(PARAMETRE_ENVOI)),
                "etapes", MonCompteRoutes.etapes(session.etapesEnAttente())));
    }

    // --- accept the CGU

    private void accepterCgu(Context ctx) {
        SessionAuthentifiee session = session(ctx, EtapeObligatoire.ACCEPTER_CGU);
        try {
            Saisie saisie = new Saisie();
            saisie.obligatoire("oui".equals(ctx.formParam(CHAMP_ACCEPTE)), CHAMP_ACCEPTE);
            AccepterCgu.Commande commande = saisie.lire(() -> new AccepterCgu.Commande(session,
                    ctx.formParam(AccepterCgu.CHAMP), AdresseClient.de(ctx)));
            saisie.verifier();
            Set<EtapeObligatoire> restantes = accepterCgu.accepter(commande);
            Optional<String> retour = retour(ctx.formParam(PARAMETRE_RETOUR)).filter(adresse -> restantes.isEmpty());
            ctx.redirect(retour.orElseGet(() -> suite(restantes)), HttpStatus.SEE_OTHER);
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficherCgu(ctx, session, Formulaire.vide().avecErreurs(echec.erreurs()));
        }
    }

    private void afficherCgu(Context ctx, SessionAuthentifiee session, Formulaire formulaire) {
        Page page = pages.page(ctx);
        Optional<VersionCgu> version = consulterCgu.versionCourante();
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("formulaire", formulaire);
        parametres.put("version", version.orElse(null));
        parametres.put("sections", CguRoutes.sections(consulterCgu, version, page.langue()));
        parametres.put("etapes", MonCompteRoutes.etapes(session.etapesEnAttente()));
        parametres.put("retour", retour(Optional.ofNullable(ctx.formParam(PARAMETRE_RETOUR))
                .orElse(ctx.queryParam(PARAMETRE_RETOUR))).orElse(null));
        ctx.contentType("text/html; charset=utf-8").result(pages.rendre(page, "compte/accepterCgu.jte", parametres));
    }

    // --- API

    private void envoyerCodeApi(Context ctx) {
        demanderCodeEmail.demander(new DemanderCodeEmail.Commande(acces.connecte(ctx), AdresseClient.de(ctx)));
        ctx.status(202);
    }

    private void confirmerEmailApi(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        CodeJson demande = ctx.bodyAsClass(CodeJson.class);
        Set<EtapeObligatoire> restantes = confirmerEmail.confirmer(
                new ConfirmerEmail.Commande(session, demande.code(), AdresseClient.de(ctx)));
        ctx.json(new MonCompteRoutes.EtapesJson(MonCompteRoutes.etapes(restantes)));
    }

    private void accepterCguApi(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        VersionJson demande = ctx.bodyAsClass(VersionJson.class);
        Set<EtapeObligatoire> restantes = accepterCgu.accepter(
                new AccepterCgu.Commande(session, demande.version(), AdresseClient.de(ctx)));
        ctx.json(new MonCompteRoutes.EtapesJson(MonCompteRoutes.etapes(restantes)));
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
