package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.page.Pages;
import io.javalin.config.RoutesConfig;

/** The rubrique Demandes (tracking, the user's reply) and the back office's queue and decisions, pages and API. */
public final class DemandesWeb {

    private final DemandesRoutes suivi;
    private final GestionDemandesRoutes gestion;

    public DemandesWeb(ConfigurationWeb.Demandes casDUsage, Acces acces, Pages pages) {
        this.suivi = new DemandesRoutes(casDUsage.soumettreDemande(), casDUsage.consulterDemandes(),
                casDUsage.repondreDemande(), acces, pages);
        this.gestion = new GestionDemandesRoutes(casDUsage.consulterFileDemandes(), casDUsage.consulterDemandes(),
                casDUsage.deciderDemande(), acces, pages);
    }

    public void declarer(RoutesConfig routes) {
        suivi.declarer(routes);
        gestion.declarer(routes);
    }
}
