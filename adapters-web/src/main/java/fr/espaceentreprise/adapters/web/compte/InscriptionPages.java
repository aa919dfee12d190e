package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.LectureInscription.PROFIL;

import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.DemanderInscription;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.compte.Profil;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Créer mon compte", in two steps as the CGU describe it: choose Entreprise or Mandataire; step 1 identifies the
 * member, "Continuer"; step 2 the person, "Envoyer ma demande" (see {@link LectureInscription}). Step 1's values
 * travel in hidden fields of step 2 and are checked again. The answer is always the same, whether the data matches
 * a member or not; only mistakes in the form itself are shown, all at once.
 */
final class InscriptionPages {

    static final String INSCRIPTION = "/inscription";
    static final String CONTINUER = "/inscription/continuer";
    static final String RETOUR = "/inscription/retour";
    static final String DEMANDE_ENVOYEE = "/inscription/demande-envoyee";

    private final DemanderInscription demanderInscription;
    private final ControleAcces controle;
    private final Pages pages;
    private final ChoixLangue choixLangue;

    InscriptionPages(DemanderInscription demanderInscription, ControleAcces controle, Pages pages,
            ChoixLangue choixLangue) {
        this.demanderInscription = demanderInscription;
        this.controle = controle;
        this.pages = pages;
        this.choixLangue = choixLangue;
    }

    void declarer(RoutesConfig routes) {
        routes.get(INSCRIPTION, this::debut);
        routes.post(CONTINUER, this::continuer);
        routes.post(RETOUR, ctx -> {
            exigerOuvert();
            afficherEtape1(ctx, Formulaire.depuis(ctx));
        });
        routes.post(INSCRIPTION, this::envoyer);
        routes.get(DEMANDE_ENVOYEE, ctx -> {
            exigerOuvert();
            pages.afficher(ctx, "compte/message.jte",
                    Map.of("cle", "inscription_envoyee", "lien", ConnexionPages.CONNEXION));
        });
    }

    /** Every page of the sign-up is refused as the request itself would be (while the space is closed). */
    private void exigerOuvert() {
        controle.exigerOuvertAuPublic(Optional.empty(), Optional.empty());
    }

    /** Without a profil, the choice of one; with one, step 1 for it. */
    private void debut(Context ctx) {
        exigerOuvert();
        String profil = ctx.queryParam(PROFIL);
        if (profil == null) {
            pages.afficher(ctx, "compte/inscriptionProfil.jte", Map.of("formulaire", Formulaire.vide()));
            return;
        }
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(PROFIL, profil));
        Saisie saisie = new Saisie();
        saisie.lire(() -> LectureInscription.profil(profil));
        if (saisie.aDesErreurs()) {
            ctx.status(400);
            pages.afficher(ctx, "compte/inscriptionProfil.jte",
                    Map.of("formulaire", formulaire.avecErreurs(saisie.erreurs())));
            return;
        }
        afficherEtape1(ctx, formulaire);
    }

    private void continuer(Context ctx) {
        exigerOuvert();
        Formulaire formulaire = Formulaire.depuis(ctx);
        Saisie saisie = new Saisie();
        LectureInscription.lireEtape1(saisie, formulaire);
        if (saisie.aDesErreurs()) {
            ctx.status(400);
            afficherEtape1(ctx, formulaire.avecErreurs(saisie.erreurs()));
            return;
        }
        afficherEtape2(ctx, formulaire);
    }

    private void envoyer(Context ctx) {
        exigerOuvert();
        Formulaire formulaire = Formulaire.depuis(ctx);
        Saisie etape1 = new Saisie();
        Saisie etape2 = new Saisie();
        LectureInscription.Commande commande = LectureInscription.lire(etape1, etape2, formulaire);
        if (etape1.aDesErreurs()) {
            ctx.status(400);
            afficherEtape1(ctx, formulaire.avecErreurs(etape1.erreurs()));
            return;
        }
        if (etape2.aDesErreurs()) {
            ctx.status(400);
            afficherEtape2(ctx, formulaire.avecErreurs(etape2.erreurs()));
            return;
        }
        try {
            demanderInscription.demander(commande.pour(choixLangue.langue(ctx), AdresseClient.de(ctx)));
        } catch (DomaineException refus) {
            ErreurChamp erreur = ErreurChamp.de(refus);
            ctx.status(400);
            if (erreur.champ() != null && LectureInscription.CHAMPS_ETAPE_1.contains(erreur.champ())) {
                afficherEtape1(ctx, formulaire.avecErreurs(List.of(erreur)));
            } else {
                afficherEtape2(ctx, formulaire.avecErreurs(List.of(erreur)));
            }
            return;
        }
        ctx.redirect(DEMANDE_ENVOYEE, HttpStatus.SEE_OTHER);
    }

    private void afficherEtape1(Context ctx, Formulaire formulaire) {
        pages.afficher(ctx, "compte/inscriptionEtape1.jte", Map.of("formulaire", formulaire,
                "entreprise", !Profil.MANDATAIRE.name().equals(formulaire.valeur(PROFIL))));
    }

    private void afficherEtape2(Context ctx, Formulaire formulaire) {
        pages.afficher(ctx, "compte/inscriptionEtape2.jte", Map.of("formulaire", formulaire,
                "entreprise", Profil.ENTREPRISE.name().equals(formulaire.valeur(PROFIL))));
    }
}
