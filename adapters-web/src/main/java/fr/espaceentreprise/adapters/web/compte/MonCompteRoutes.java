package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.compte.JetonsDeSession.InfosConnexion;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.accueil.ConsulterAccueil;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.ChangerLangue;
import fr.espaceentreprise.application.compte.ConsulterMonCompte;
import fr.espaceentreprise.application.compte.ChangerMotDePasse;
import fr.espaceentreprise.application.compte.DefinirMotDePasse;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The logged-in user's own pages: home, password change; and {@code /api/v1/moi} with its language and password. */
final class MonCompteRoutes {

    static final String ACCUEIL = "/accueil";
    static final String MOT_DE_PASSE = "/mon-compte/mot-de-passe";
    static final String MOT_DE_PASSE_MODIFIE = "/mon-compte/mot-de-passe/modifie";
    static final String API_MOI = "/api/v1/moi";
    static final String API_MOT_DE_PASSE = "/api/v1/moi/mot-de-passe";
    static final String API_LANGUE = "/api/v1/moi/langue";

    static final String CHAMP_LANGUE = "langue";

    private final ChangerMotDePasse changerMotDePasse;
    private final DefinirMotDePasse definirMotDePasse;
    private final ChangerLangue changerLangue;
    private final ConsulterMonCompte consulterMonCompte;
    private final ConsulterAccueil consulterAccueil;
    private final Acces acces;
    private final ControleAcces controle;
    private final JetonsDeSession jetons;
    private final Pages pages;

    MonCompteRoutes(ChangerMotDePasse changerMotDePasse, DefinirMotDePasse definirMotDePasse,
            ChangerLangue changerLangue, ConsulterMonCompte consulterMonCompte, ConsulterAccueil consulterAccueil,
            Acces acces, ControleAcces controle, JetonsDeSession jetons, Pages pages) {
        this.consulterMonCompte = consulterMonCompte;
        this.consulterAccueil = consulterAccueil;
        this.changerMotDePasse = changerMotDePasse;
        this.definirMotDePasse = definirMotDePasse;
        this.changerLangue = changerLangue;
        this.acces = acces;
        this.controle = controle;
        this.jetons = jetons;
        this.pages = pages;
    }

    /** Steps in the order the screens take them, as the API lists them. */
    static List<EtapeObligatoire> etapes(Set<EtapeObligatoire> etapes) {
        return etapes.stream().sorted().toList();
    }

    void declarer(RoutesConfig routes) {
        routes.get(ACCUEIL, this::accueil);
        routes.get(MOT_DE_PASSE, ctx -> afficherMotDePasse(ctx, session(ctx), Formulaire.vide()));
        routes.post(MOT_DE_PASSE, this::changerMotDePasse);
        routes.get(MOT_DE_PASSE_MODIFIE, this::motDePasseModifie);
        routes.get(API_MOI, this::moi);
        routes.put(API_MOT_DE_PASSE, this::motDePasseApi);
        routes.put(API_LANGUE, this::langueApi);
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
        char[] actuel = ConnexionRoutes.motDePasse(ctx.formParam(ChangerMotDePasse.CHAMP_ACTUEL));
        char[] nouveau = ConnexionRoutes.motDePasse(ctx.formParam(ChangerMotDePasse.CHAMP_NOUVEAU));
        char[] confirmation = ConnexionRoutes.motDePasse(ctx.formParam(PremiereConnexionRoutes.CHAMP_CONFIRMATION));
        try {
            PremiereConnexionRoutes.exigerConfirmation(nouveau, confirmation);
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

    private void moi(Context ctx) {
        ConsulterMonCompte.MonCompte compte = consulterMonCompte.consulter(acces.connecte(ctx));
        ctx.json(new MoiJson(compte.id().toString(), compte.numeroAdherent().valeur(), compte.profil(),
                compte.nom(), compte.prenom(), compte.email().valeur(), compte.langue()));
    }

    /**
     * While the session waits for its own password (after a temporary one), the current password is not asked:
     * {@code nouveauMotDePasse} alone sets it. Otherwise both are needed, and every other session ends.
     */
    private void motDePasseApi(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        MotDePasseJson demande = ctx.bodyAsClass(MotDePasseJson.class);
        char[] actuel = demande.motDePasseActuel() == null ? new char[0] : demande.motDePasseActuel();
        char[] nouveau = demande.nouveauMotDePasse() == null ? new char[0] : demande.nouveauMotDePasse();
        try {
            Set<EtapeObligatoire> restantes;
            if (session.etapesEnAttente().contains(EtapeObligatoire.CHANGER_MOT_DE_PASSE)) {
                restantes = definirMotDePasse.definir(
                        new DefinirMotDePasse.Commande(session, nouveau, AdresseClient.de(ctx)));
            } else {
                changerMotDePasse.changer(
                        new ChangerMotDePasse.Commande(session, actuel, nouveau, AdresseClient.de(ctx)));
                restantes = session.etapesEnAttente();
            }
            ctx.json(new EtapesJson(etapes(restantes)));
        } finally {
            Arrays.fill(actuel, '\0');
            Arrays.fill(nouveau, '\0');
        }
    }

    private void langueApi(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        LangueJson demande = ctx.bodyAsClass(LangueJson.class);
        changerLangue.changer(new ChangerLangue.Commande(session.acteur(), langue(demande.langue())));
        ctx.status(204);
    }

    /** "fr" or "en", in any case; anything else is refused rather than read as French. */
    static Langue langue(String code) {
        String texte = Verifications.obligatoire(code, CHAMP_LANGUE).strip().toLowerCase(Locale.ROOT);
        for (Langue langue : Langue.values()) {
            if (langue.code().equals(texte)) {
                return langue;
            }
        }
        throw new ValeurInvalideException("langue.invalide", CHAMP_LANGUE);
    }

    record MoiJson(String id, String numeroAdherent, Profil profil, String nom, String prenom, String email,
            Langue langue) {
    }

    record EtapesJson(List<EtapeObligatoire> etapes) {
    }

    record LangueJson(String langue) {
    }

    record MotDePasseJson(char[] motDePasseActuel, char[] nouveauMotDePasse) {

        @Override
        public String toString() {
            return "MotDePasseJson[]";
        }
    }
}
