package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.page.Pages;
import io.javalin.config.RoutesConfig;

/** The rubrique Téléchargement (page and API) and its back office. */
public final class DocumentsWeb {

    private final DocumentsRoutes documents;
    private final GestionDocumentsRoutes gestion;

    public DocumentsWeb(ConfigurationWeb.Documents casDUsage, Acces acces, Pages pages) {
        this.documents = new DocumentsRoutes(casDUsage.consulterDocuments(), acces, pages);
        this.gestion = new GestionDocumentsRoutes(casDUsage.consulterDocuments(), casDUsage.gererDocuments(), acces,
                pages);
    }

    public void declarer(RoutesConfig routes) {
        documents.declarer(routes);
        gestion.declarer(routes);
    }
}
