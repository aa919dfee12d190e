package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.page.Redirection;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first-login steps (and those of any login with a temporary password): choose one's password, confirm the
 * e-mail address with a code sent to it, accept the CGU in force. The pages take them in that order; nothing else of
 * the portal is reachable until they are done (see {@link EtapesEnAttente}).
 */
final class PremiereConnexionPages {

    static final String EMAIL_CODE = "/premiere-connexion/email/code";

    static final String CHAMP_NOUVEAU = DefinirMotDePasse.CHAMP;
    static final String CHAMP_CONFIRMATION = "confirmationMotDePasse";
    static final String CHAMP_ACCEPTE = "accepte";
    static final String CODE_CONFIRMATION_DIFFERENTE = "motDePasse.confirmation_differente";
    private static final String PARAMETRE_ENVOI = "envoi";

    private final DefinirMotDePasse definirMotDePasse;
    private final DemanderCodeEmail demanderCodeEmail;
    private final ConfirmerEmail confirmerEmail;
    private final ConsulterCgu consulterCgu;
    private final AccepterCgu accepterCgu;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    PremiereConnexionPages(DefinirMotDePasse definirMotDePasse, DemanderCodeEmail demanderCodeEmail,
            ConfirmerEmail confirmerEmail, ConsulterCgu consulterCgu, AccepterCgu accepterCgu, Acces acces,
            ControleAcces controle, Pages pages) {
        this.definirMotDePasse = definirMotDePasse;
        this.demanderCodeEmail = demanderCodeEmail;
        this.confirmerEmail = confirmerEmail;
        this.consulterCgu = consulterCgu;
        this.accepterCgu = accepterCgu;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(EtapesEnAttente.MOT_DE_PASSE, ctx -> afficherMotDePasse(ctx,
                session(ctx, EtapeObligatoire.CHANGER_MOT_DE_PASSE), Formulaire.vide()));
        routes.post(EtapesEnAttente.MOT_DE_PASSE, this::definirMotDePasse);
        routes.get(EtapesEnAttente.EMAIL, ctx -> afficherEmail(ctx, session(ctx, EtapeObligatoire.CONFIRMER_EMAIL),
                Formulaire.vide()));
        routes.post(EMAIL_CODE, this::envoyerCode);
        routes.post(EtapesEnAttente.EMAIL, this::confirmerEmail);
        routes.get(EtapesEnAttente.CGU, ctx -> afficherCgu(ctx, session(ctx, EtapeObligatoire.ACCEPTER_CGU),
                Formulaire.vide()));
        routes.post(EtapesEnAttente.CGU, this::accepterCgu);
    }

    /**
     * The session of a user whose next step is this one; anyone else is sent where they belong. The step's page is
     * refused as the step itself would be (while the space is closed).
     */
    private SessionAuthentifiee session(Context ctx, EtapeObligatoire etape) {
        SessionAuthentifiee session = acces.connecte(ctx);
        controle.exigerConnecte(session.acteur());
        String attendue = EtapesEnAttente.suite(session.etapesEnAttente());
        if (!attendue.equals(EtapesEnAttente.page(etape))) {
            throw new Redirection(attendue);
        }
        return session;
    }

    // --- choose one's password

    private void definirMotDePasse(Context ctx) {
        SessionAuthentifiee session = session(ctx, EtapeObligatoire.CHANGER_MOT_DE_PASSE);
        char[] nouveau = Connexion.motDePasse(ctx.formParam(CHAMP_NOUVEAU));
        char[] confirmation = Connexion.motDePasse(ctx.formParam(CHAMP_CONFIRMATION));
        try {
            exigerConfirmation(nouveau, confirmation);
            Set<EtapeObligatoire> restantes = definirMotDePasse.definir(
                    new DefinirMotDePasse.Commande(session, nouveau, AdresseClient.de(ctx)));
            ctx.redirect(EtapesEnAttente.suite(restantes), HttpStatus.SEE_OTHER);
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
                "etapes", EtapesEnAttente.dansLOrdre(session.etapesEnAttente())));
    }

    // --- confirm the e-mail address

    private void envoyerCode(Context ctx) {
        SessionAuthentifiee session = session(ctx, EtapeObligatoire.CONFIRMER_EMAIL);
        demanderCodeEmail.demander(new DemanderCodeEmail.Commande(session, AdresseClient.de(ctx)));
        ctx.redirect(EtapesEnAttente.EMAIL + "?" + PARAMETRE_ENVOI + "=ok", HttpStatus.SEE_OTHER);
    }

    private void confirmerEmail(Context ctx) {
        SessionAuthentifiee session = session(ctx, EtapeObligatoire.CONFIRMER_EMAIL);
        try {
            Set<EtapeObligatoire> restantes = confirmerEmail.confirmer(
                    new ConfirmerEmail.Commande(session, ctx.formParam(ConfirmerEmail.CHAMP), AdresseClient.de(ctx)));
            ctx.redirect(EtapesEnAttente.suite(restantes), HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficherEmail(ctx, session, Formulaire.vide().avecErreurs(echec.erreurs()));
        }
    }

    private void afficherEmail(Context ctx, SessionAuthentifiee session, Formulaire formulaire) {
        pages.afficher(ctx, "compte/confirmerEmail.jte", Map.of("formulaire", formulaire,
                "codeEnvoye", "ok".equals(ctx.queryParam(PARAMETRE_ENVOI)),
                "etapes", EtapesEnAttente.dansLOrdre(session.etapesEnAttente())));
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
            Optional<String> retour = EtapesEnAttente.retour(ctx.formParam(EtapesEnAttente.PARAMETRE_RETOUR))
                    .filter(adresse -> restantes.isEmpty());
            ctx.redirect(retour.orElseGet(() -> EtapesEnAttente.suite(restantes)), HttpStatus.SEE_OTHER);
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
        parametres.put("sections", CguPages.sections(consulterCgu, version, page.langue()));
        parametres.put("etapes", EtapesEnAttente.dansLOrdre(session.etapesEnAttente()));
        parametres.put("retour", EtapesEnAttente.retour(Optional.ofNullable(
                ctx.formParam(EtapesEnAttente.PARAMETRE_RETOUR))
                .orElse(ctx.queryParam(EtapesEnAttente.PARAMETRE_RETOUR))).orElse(null));
        ctx.contentType("text/html; charset=utf-8").result(pages.rendre(page, "compte/accepterCgu.jte", parametres));
    }
}
