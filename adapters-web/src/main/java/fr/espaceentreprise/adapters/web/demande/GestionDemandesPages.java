package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.ConsulterFileDemandes;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.application.demande.FicheDemande;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office of the demandes, for gestionnaires only (anyone else gets 404): the queue, oldest first, filtered
 * by statut and type; one demande with its history and a form per move its statut allows (valider, rejeter with a
 * motif, demander un complément with a message).
 */
public final class GestionDemandesPages {

    public static final String FILE = "/gestion/demandes";
    static final String DEMANDE = "/gestion/demandes/{id}";
    static final String DECISION = "/gestion/demandes/{id}/decision";

    static final String STATUT = "statut";
    static final String MESSAGE = "message";
    private static final List<StatutDemande> DECISIONS = List.of(StatutDemande.VALIDEE, StatutDemande.REJETEE,
            StatutDemande.EN_ATTENTE_DE_RETOUR);

    private final ConsulterFileDemandes consulterFile;
    private final ConsulterDemandes consulterDemandes;
    private final DeciderDemande deciderDemande;
    private final AccesGestion acces;
    private final Pages pages;

    public GestionDemandesPages(ConsulterFileDemandes consulterFile, ConsulterDemandes consulterDemandes,
            DeciderDemande deciderDemande, AccesGestion acces, Pages pages) {
        this.consulterFile = consulterFile;
        this.consulterDemandes = consulterDemandes;
        this.deciderDemande = deciderDemande;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(FILE, this::file);
        routes.get(DEMANDE, ctx -> afficher(ctx, acces.gestionnaire(ctx), Formulaire.vide(), null,
                decisionPrise(ctx.queryParam("decision"))));
        routes.post(DECISION, this::decider);
    }

    private void file(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        ListeDeDemandes.afficher(pages, ctx, FILE, "gestion/demandes.jte", Map.of(),
                recherche -> consulterFile.consulter(new ConsulterFileDemandes.Requete(acteur, recherche.filtre(),
                        recherche.curseur(), recherche.taille())));
    }

    private void afficher(Context ctx, Acteur acteur, Formulaire formulaire, StatutDemande enErreur,
            StatutDemande decision) {
        FicheDemande fiche = consulterDemandes.consulter(acteur, DemandesPages.demandeDuChemin(ctx));
        Page page = pages.page(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("fiche", fiche);
        parametres.put("contenu", Contenu.lignes(fiche, page));
        parametres.put("decisions", DECISIONS.stream().filter(fiche.statut()::peutPasserA).toList());
        parametres.put("formulaire", formulaire);
        parametres.put("enErreur", enErreur);
        parametres.put("decision", decision);
        pages.afficher(ctx, page, "gestion/demande.jte", parametres);
    }

    private void decider(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        DemandeId id = DemandesPages.demandeDuChemin(ctx);
        StatutDemande statut = decisionPrise(ctx.formParam(STATUT));
        try {
            if (statut == null) {
                throw new ValeurInvalideException(GestionDemandesApi.CODE_DECISION_INVALIDE, STATUT);
            }
            deciderDemande.decider(new DeciderDemande.Commande(acteur, id, statut, ctx.formParam(MESSAGE),
                    AdresseClient.de(ctx)));
            ctx.redirect(FILE + "/" + id + "?decision=" + statut.name(), HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            // The motif of a rejet is typed in the form's message field.
            List<ErreurChamp> erreurs = echec.erreurs().stream()
                    .map(erreur -> "motif".equals(erreur.champ())
                            ? new ErreurChamp(MESSAGE, erreur.code(), erreur.parametres()) : erreur)
                    .toList();
            afficher(ctx, acteur, Formulaire.depuis(ctx).avecErreurs(erreurs), statut, null);
        }
    }

    /** One of the three decisions, or null: only the words this page writes itself are read back. */
    private static StatutDemande decisionPrise(String parametre) {
        return Arrays.stream(StatutDemande.values())
                .filter(statut -> statut.name().equals(parametre) && DECISIONS.contains(statut))
                .findFirst().orElse(null);
    }
}
