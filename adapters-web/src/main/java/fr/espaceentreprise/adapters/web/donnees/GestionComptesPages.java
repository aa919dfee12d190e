package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.ConsulterComptes;
import fr.espaceentreprise.application.compte.DeciderCompte;
import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The back office's accounts (gestionnaires only; anyone else logged in gets 404): search by numéro d'adhérent,
 * then suspend (motif required), reactivate, delete (motif required, and a confirmation page first), or reset the
 * second factor of a user who lost his phone and his recovery codes (a confirmation page first).
 */
final class GestionComptesPages {

    static final String UTILISATEURS = "/gestion/utilisateurs";
    static final String SUSPENSION = "/gestion/utilisateurs/{id}/suspension";
    static final String REACTIVATION = "/gestion/utilisateurs/{id}/reactivation";
    static final String SUPPRESSION = "/gestion/utilisateurs/{id}/suppression";
    static final String REINITIALISATION = "/gestion/utilisateurs/{id}/second-facteur/reinitialisation";

    static final String CHAMP_NUMERO = "numeroAdherent";
    static final String CHAMP_MOTIF = MotifCompte.CHAMP;
    static final String CHAMP_PRECISION = DecisionCompte.CHAMP_PRECISION;
    static final String CHAMP_CONFIRMATION = "confirmation";
    static final String PARAMETRE_FAIT = "fait";
    private static final List<String> FAITS = List.of("suspendu", "reactive", "supprime",
            "second_facteur_reinitialise");

    private final ConsulterComptes consulterComptes;
    private final DeciderCompte deciderCompte;
    private final AccesGestion acces;
    private final Pages pages;

    GestionComptesPages(ConsulterComptes consulterComptes, DeciderCompte deciderCompte, AccesGestion acces,
            Pages pages) {
        this.consulterComptes = consulterComptes;
        this.deciderCompte = deciderCompte;
        this.acces = acces;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(UTILISATEURS, this::rechercher);
        routes.post(SUSPENSION, this::suspendre);
        routes.post(REACTIVATION, this::reactiver);
        routes.post(SUPPRESSION, this::supprimer);
        routes.post(REINITIALISATION, this::reinitialiserSecondFacteur);
    }

    // --- pages

    private void rechercher(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        String fait = ctx.queryParam(PARAMETRE_FAIT);
        afficher(ctx, acteur, Optional.ofNullable(ctx.queryParam(CHAMP_NUMERO)).orElse("").strip(),
                Formulaire.vide(), null, fait != null && FAITS.contains(fait) ? fait : null);
    }

    private void afficher(Context ctx, Acteur acteur, String numeroSaisi, Formulaire formulaire, String enErreur,
            String fait) {
        Map<String, Object> parametres = new HashMap<>();
        Formulaire recherche = Formulaire.avecValeurs(Map.of(CHAMP_NUMERO, numeroSaisi));
        List<FicheCompte> fiches = List.of();
        boolean cherche = !numeroSaisi.isEmpty();
        if (cherche) {
            try {
                fiches = consulterComptes.consulter(acteur, new NumeroAdherent(numeroSaisi));
            } catch (DomaineException refus) {
                EchecSaisie echec = EchecSaisie.de(refus);
                ctx.status(echec.statut());
                recherche = recherche.avecErreurs(echec.erreurs());
                cherche = false;
            }
        }
        Page page = pages.page(ctx);
        parametres.put("recherche", recherche);
        parametres.put("cherche", cherche);
        parametres.put("fiches", fiches);
        parametres.put("moi", acteur.utilisateurId());
        parametres.put("motifs", motifs(page));
        parametres.put("formulaire", formulaire);
        parametres.put("enErreur", enErreur);
        // The form in error gets the field ids its error summary links to.
        parametres.put("acteEnErreur", enErreur == null ? null
                : ctx.path().endsWith("/suppression") ? "suppression" : "suspension");
        parametres.put("fait", fait);
        pages.afficher(ctx, page, "gestion/utilisateurs.jte", parametres);
    }

    static List<Option> motifs(Page page) {
        return Arrays.stream(MotifCompte.values()).map(motif -> new Option(motif.name(), page.valeur(motif))).toList();
    }

    private void suspendre(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        agir(ctx, acteur, "suspendu", id -> deciderCompte.suspendre(fermeture(ctx, acteur, id)));
    }

    private void reactiver(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        agir(ctx, acteur, "reactive", id -> deciderCompte.reactiver(new DeciderCompte.Reactivation(acteur, id,
                AdresseClient.de(ctx))));
    }

    /** Without {@value #CHAMP_CONFIRMATION}=oui, the motif is checked and a page asks to confirm. */
    private void supprimer(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        if (!"oui".equals(ctx.formParam(CHAMP_CONFIRMATION))) {
            try {
                MotifCompte motif = MotifCompte.de(ctx.formParam(CHAMP_MOTIF));
                Page page = pages.page(ctx);
                pages.afficher(ctx, page, "gestion/confirmerSuppression.jte", Map.of("fiche", fiche(ctx, acteur),
                        "motif", motif, "precision", Optional.ofNullable(ctx.formParam(CHAMP_PRECISION)).orElse("")));
            } catch (DomaineException refus) {
                echec(ctx, acteur, refus);
            }
            return;
        }
        agir(ctx, acteur, "supprime", id -> deciderCompte.supprimer(fermeture(ctx, acteur, id)));
    }

    /** Without {@value #CHAMP_CONFIRMATION}=oui, a page asks to confirm. */
    private void reinitialiserSecondFacteur(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        if (!"oui".equals(ctx.formParam(CHAMP_CONFIRMATION))) {
            try {
                pages.afficher(ctx, "gestion/confirmerReinitialisation.jte", Map.of("fiche", fiche(ctx, acteur)));
            } catch (DomaineException refus) {
                echec(ctx, acteur, refus);
            }
            return;
        }
        agir(ctx, acteur, "second_facteur_reinitialise", id -> deciderCompte.reinitialiserSecondFacteur(
                new DeciderCompte.Reactivation(acteur, id, AdresseClient.de(ctx))));
    }

    /** The account of the path, among those of the numéro the form was found by. */
    private FicheCompte fiche(Context ctx, Acteur acteur) {
        UtilisateurId id = UtilisateurId.de(ctx.pathParam("id"));
        return consulterComptes.consulter(acteur, numero(ctx)).stream()
                .filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntrouvableException(IntrouvableException.CODE_GENERIQUE));
    }

    /** The motif and precision the form sent. */
    private static DeciderCompte.Fermeture fermeture(Context ctx, Acteur acteur, UtilisateurId id) {
        return new DeciderCompte.Fermeture(acteur, id, motif(ctx.formParam(CHAMP_MOTIF)),
                ctx.formParam(CHAMP_PRECISION), AdresseClient.de(ctx));
    }

    private interface Acte {
        void sur(UtilisateurId id);
    }

    private void agir(Context ctx, Acteur acteur, String fait, Acte acte) {
        String retour = UTILISATEURS + "?" + retourRecherche(ctx) + PARAMETRE_FAIT + "=" + fait;
        try {
            acte.sur(UtilisateurId.de(ctx.pathParam("id")));
            ctx.redirect(retour, HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            echec(ctx, acteur, refus);
        }
    }

    private void echec(Context ctx, Acteur acteur, DomaineException refus) {
        EchecSaisie echec = EchecSaisie.de(refus);
        ctx.status(echec.statut());
        Formulaire formulaire = Formulaire.depuis(ctx).avecErreurs(echec.erreurs());
        afficher(ctx, acteur, Optional.ofNullable(ctx.formParam(CHAMP_NUMERO)).orElse("").strip(), formulaire,
                ctx.pathParam("id"), null);
        ctx.status(echec.statut());
    }

    private static String retourRecherche(Context ctx) {
        try {
            return CHAMP_NUMERO + "=" + numero(ctx).valeur() + "&";
        } catch (DomaineException illisible) {
            return "";
        }
    }

    /** The numéro the form was found by, to come back to it. */
    private static NumeroAdherent numero(Context ctx) {
        return new NumeroAdherent(Optional.ofNullable(ctx.formParam(CHAMP_NUMERO)).orElse(""));
    }

    /** Pages and API alike: a motif left empty is the domain's "required" on the field, not a 400 of its own. */
    static MotifCompte motif(String code) {
        return code == null || code.isBlank() ? null : MotifCompte.de(code);
    }
}
