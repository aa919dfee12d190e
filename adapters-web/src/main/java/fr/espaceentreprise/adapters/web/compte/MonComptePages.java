package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.compte.JetonsDeSession.InfosConnexion;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.accueil.ConsulterAccueil;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.ChangerMotDePasse;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The logged-in user's own pages: the home page, and the change of his password. */
final class MonComptePages {

    static final String ACCUEIL = "/accueil";
    static final String MOT_DE_PASSE = "/mon-compte/mot-de-passe";
    static final String MOT_DE_PASSE_MODIFIE = "/mon-compte/mot-de-passe/modifie";

    private final ChangerMotDePasse changerMotDePasse;
    private final ConsulterAccueil consulterAccueil;
    private final Acces acces;
    private final ControleAcces controle;
    private final JetonsDeSession jetons;
    private final Pages pages;

    MonComptePages(ChangerMotDePasse changerMotDePasse, ConsulterAccueil consulterAccueil, Acces acces,
            ControleAcces controle, JetonsDeSession jetons, Pages pages) {
        this.changerMotDePasse = changerMotDePasse;
        this.consulterAccueil = consulterAccueil;
        this.acces = acces;
        this.controle = controle;
        this.jetons = jetons;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(ACCUEIL, this::accueil);
        routes.get(MOT_DE_PASSE, ctx -> afficherMotDePasse(ctx, session(ctx), Formulaire.vide()));
        routes.post(MOT_DE_PASSE, this::changerMotDePasse);
        routes.get(MOT_DE_PASSE_MODIFIE, this::motDePasseModifie);
    }

    /** The session of a user at his own account's pages, refused as changing his password would be. */
    private SessionAuthentifiee session(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        controle.exigerEspace(session.acteur());
        return session;
    }

    /** A gestionnaire's home page reads no list: the gate of the rubrique refuses it as it refuses the lists. */
    private void accueil(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.ACCUEIL);
        Optional<InfosConnexion> infos = jetons.infos(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("connue", infos.isPresent());
        parametres.put("derniereConnexion", infos.flatMap(InfosConnexion::derniereConnexion).orElse(null));
        parametres.put("accueil", acteur.estGestionnaire() ? null : consulterAccueil.consulter(acteur));
        parametres.put("mandataire", acteur.profil() == Profil.MANDATAIRE);
        pages.afficher(ctx, "compte/accueil.jte", parametres);
    }

    private void changerMotDePasse(Context ctx) {
        SessionAuthentifiee session = session(ctx);
        char[] actuel = Connexion.motDePasse(ctx.formParam(ChangerMotDePasse.CHAMP_ACTUEL));
        char[] nouveau = Connexion.motDePasse(ctx.formParam(ChangerMotDePasse.CHAMP_NOUVEAU));
        char[] confirmation = Connexion.motDePasse(ctx.formParam(PremiereConnexionPages.CHAMP_CONFIRMATION));
        try {
            PremiereConnexionPages.exigerConfirmation(nouveau, confirmation);
            changerMotDePasse.changer(new ChangerMotDePasse.Commande(session, actuel, nouveau, AdresseClient.de(ctx)));
            ctx.redirect(MOT_DE_PASSE_MODIFIE, HttpStatus.SEE_OTHER);
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficherMotDePasse(ctx, session, Formulaire.vide().avecErreurs(echec.erreurs()));
        } finally {
            Arrays.fill(actuel, '\0');
            Arrays.fill(nouveau, '\0');
            Arrays.fill(confirmation, '\0');
        }
    }

    private void afficherMotDePasse(Context ctx, SessionAuthentifiee session, Formulaire formulaire) {
        pages.afficher(ctx, "compte/changerMotDePasse.jte", Map.of("formulaire", formulaire,
                "gestionnaire", session.acteur().estGestionnaire()));
    }

    private void motDePasseModifie(Context ctx) {
        SessionAuthentifiee session = session(ctx);
        pages.afficher(ctx, "compte/message.jte", Map.of("cle", "mot_de_passe_modifie",
                "lien", ACCUEIL, "gestionnaire", session.acteur().estGestionnaire()));
    }
}
