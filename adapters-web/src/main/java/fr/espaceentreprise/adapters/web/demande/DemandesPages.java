package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Telechargement;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.FicheDemande;
import fr.espaceentreprise.application.demande.RepondreDemande;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * The rubrique Demandes ("Suivi des demandes"): the demandes of the user's entreprise (a mandataire's, of his
 * portfolio), filtered by statut and type, by keyset pages; one demande with its whole history, the back office's
 * messages and the files, each downloaded as an attachment; the reply to a demande awaiting one (message and
 * files).
 */
public final class DemandesPages {

    public static final String LISTE = "/demandes";
    static final String DEMANDE = "/demandes/{id}";
    static final String PIECE_JOINTE = "/demandes/{id}/pieces-jointes/{pieceId}";
    static final String REPONSE = "/demandes/{id}/reponse";

    static final String MESSAGE = "message";
    static final String INTROUVABLE = "demande.introuvable";

    private final ConsulterDemandes consulterDemandes;
    private final RepondreDemande repondreDemande;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    public DemandesPages(ConsulterDemandes consulterDemandes, RepondreDemande repondreDemande, Acces acces,
            ControleAcces controle, Pages pages) {
        this.consulterDemandes = consulterDemandes;
        this.repondreDemande = repondreDemande;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    /** After the forms of a new demande: "nouvelle" would otherwise be read as a demande's id. */
    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(DEMANDE, ctx -> afficher(ctx, acces.connecte(ctx).acteur(), Formulaire.vide(),
                "envoyee".equals(ctx.queryParam("reponse")),
                "oui".equals(ctx.queryParam(NouvelleDemandePages.SOUMISE))));
        routes.get(PIECE_JOINTE, ctx -> telecharger(ctx, consulterDemandes, acces.connecte(ctx).acteur()));
        routes.post(REPONSE, this::repondre);
    }

    /** A wrong filter is shown before the list is read: the rubrique's gate refuses the page first. */
    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.DEMANDES);
        ListeDeDemandes.afficher(pages, ctx, LISTE, "demande/demandes.jte",
                Map.of("gestionnaire", acteur.estGestionnaire()),
                recherche -> consulterDemandes.lister(new ConsulterDemandes.Requete(acteur, recherche.filtre(),
                        recherche.curseur(), recherche.taille())));
    }

    private void afficher(Context ctx, Acteur acteur, Formulaire formulaire, boolean reponseEnvoyee,
            boolean soumise) {
        FicheDemande fiche = consulterDemandes.consulter(acteur, demandeDuChemin(ctx));
        Page page = pages.page(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("fiche", fiche);
        parametres.put("contenu", Contenu.lignes(fiche, page));
        parametres.put("formulaire", formulaire);
        parametres.put("reponseEnvoyee", reponseEnvoyee);
        parametres.put("soumise", soumise);
        parametres.put("repondre", fiche.statut() == StatutDemande.EN_ATTENTE_DE_RETOUR
                && !acteur.estGestionnaire());
        parametres.put("gestionnaire", acteur.estGestionnaire());
        pages.afficher(ctx, page, "demande/demande.jte", parametres);
    }

    private void repondre(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        DemandeId id = demandeDuChemin(ctx);
        try {
            repondreDemande.repondre(new RepondreDemande.Commande(acteur, id, ctx.formParam(MESSAGE),
                    PiecesJointesRecues.lire(ctx), AdresseClient.de(ctx)));
            ctx.redirect(LISTE + "/" + id + "?reponse=envoyee", HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficher(ctx, acteur, Formulaire.depuis(ctx).avecErreurs(echec.erreurs()), false, false);
        }
    }

    /** Page and API alike: the file as it was sent, never shown inline. */
    static void telecharger(Context ctx, ConsulterDemandes consulterDemandes, Acteur acteur) {
        PieceJointeId pieceId;
        try {
            pieceId = PieceJointeId.de(ctx.pathParam("pieceId"));
        } catch (DomaineException malForme) {
            throw new IntrouvableException("piece_jointe.introuvable");
        }
        PieceJointe piece = consulterDemandes.telecharger(acteur, demandeDuChemin(ctx), pieceId);
        Telechargement.fichier(ctx, piece.type().typeMime(), piece.nomFichier(), piece.type().extension(),
                piece.contenu());
    }

    /** Pages, API and back office alike; an id that is not even well formed answers 404, like an unknown one. */
    static DemandeId demandeDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, DemandeId::de, INTROUVABLE);
    }
}
