package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;
import java.net.URI;

/** The rubriques Service d'urgence, Informations de sécurité, Contact, FAQ and Aide, and their back office. */
public final class InformationsWeb {

    private final InformationsRoutes informations;
    private final GestionContenusRoutes gestion;

    /** @param alertesSecurite the external travel-security alerts site the rubrique Informations de sécurité opens */
    public InformationsWeb(EspaceEntreprise espace, URI alertesSecurite, Acces acces, AccesGestion accesGestion,
            Pages pages) {
        EspaceEntreprise.Contenus contenus = espace.contenus();
        this.informations = new InformationsRoutes(contenus.urgence(), contenus.contacts(), contenus.faq(),
                contenus.aide(), alertesSecurite, acces, espace.acces(), pages);
        this.gestion = new GestionContenusRoutes(contenus.urgence(), contenus.contacts(), contenus.faq(),
                espace.gestion().numerosUrgence(), espace.gestion().contacts(), espace.gestion().faq(), accesGestion,
                pages);
    }

    public void declarer(RoutesConfig routes) {
        informations.declarer(routes);
        gestion.declarer(routes);
    }
}
