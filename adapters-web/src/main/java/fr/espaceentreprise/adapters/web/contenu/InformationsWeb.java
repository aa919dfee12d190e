package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.page.Pages;
import io.javalin.config.RoutesConfig;

/** The rubriques Service d'urgence, Informations de sécurité, Contact, FAQ and Aide, and their back office. */
public final class InformationsWeb {

    private final InformationsRoutes informations;
    private final GestionContenusRoutes gestion;

    public InformationsWeb(ConfigurationWeb.Informations casDUsage, Acces acces, Pages pages) {
        this.informations = new InformationsRoutes(casDUsage, acces, pages);
        this.gestion = new GestionContenusRoutes(casDUsage, acces, pages);
    }

    public void declarer(RoutesConfig routes) {
        informations.declarer(routes);
        gestion.declarer(routes);
    }
}
