package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;

/** The rubrique Téléchargement (pages and API) and its back office. */
public final class DocumentsWeb {

    private final DocumentsPages documentsPages;
    private final DocumentsApi documentsApi;
    private final GestionDocumentsPages gestion;

    public DocumentsWeb(EspaceEntreprise espace, Acces acces, AccesGestion accesGestion, Pages pages) {
        this.documentsPages = new DocumentsPages(espace.contenus().documents(), acces, pages);
        this.documentsApi = new DocumentsApi(espace.contenus().documents(), acces);
        this.gestion = new GestionDocumentsPages(espace.contenus().documents(), espace.gestion().documents(),
                accesGestion, pages);
    }

    public void declarer(RoutesConfig routes) {
        documentsPages.declarer(routes);
        documentsApi.declarer(routes);
        gestion.declarer(routes);
    }
}
