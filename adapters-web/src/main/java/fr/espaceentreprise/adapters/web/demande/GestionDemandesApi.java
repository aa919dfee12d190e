package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.ConsulterFileDemandes;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The back office of the demandes in the API, for gestionnaires only (anyone else gets 404): the queue, filtered as
 * the page filters it, and the decision on one demande, which answers it; a forbidden move answers 409.
 */
public final class GestionDemandesApi {

    static final String API_FILE = "/api/v1/gestion/demandes";
    static final String API_DECISION = "/api/v1/gestion/demandes/{id}/decision";
    static final String CODE_DECISION_INVALIDE = "demande.decision.invalide";

    private final ConsulterFileDemandes consulterFile;
    private final ConsulterDemandes consulterDemandes;
    private final DeciderDemande deciderDemande;
    private final AccesGestion acces;

    public GestionDemandesApi(ConsulterFileDemandes consulterFile, ConsulterDemandes consulterDemandes,
            DeciderDemande deciderDemande, AccesGestion acces) {
        this.consulterFile = consulterFile;
        this.consulterDemandes = consulterDemandes;
        this.deciderDemande = deciderDemande;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_FILE, this::file);
        routes.post(API_DECISION, this::decider);
    }

    private void file(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        Recherche recherche = Recherche.lire(ctx);
        ctx.json(DemandesJson.liste(consulterFile.consulter(new ConsulterFileDemandes.Requete(acteur,
                recherche.filtre(), recherche.curseur(), recherche.taille()))));
    }

    private void decider(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        DemandeId id = DemandesPages.demandeDuChemin(ctx);
        DecisionJson corps = ctx.bodyAsClass(DecisionJson.class);
        StatutDemande statut;
        try {
            statut = StatutDemande.valueOf(String.valueOf(corps.statut()).strip());
        } catch (IllegalArgumentException inconnu) {
            throw new ValeurInvalideException(CODE_DECISION_INVALIDE, GestionDemandesPages.STATUT);
        }
        deciderDemande.decider(new DeciderDemande.Commande(acteur, id, statut, corps.message(),
                AdresseClient.de(ctx)));
        ctx.json(DemandesJson.FicheJson.de(consulterDemandes.consulter(acteur, id)));
    }

    record DecisionJson(String statut, String message) {
    }
}
