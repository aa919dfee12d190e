package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;

/** The rubrique Téléchargement (page and API) and its back office. */
public final class DocumentsWeb {

    private final DocumentsRoutes documents;
    private final GestionDocumentsRoutes gestion;

    public DocumentsWeb(EspaceEntreprise espace, Acces acces, AccesGestion accesGestion, Pages pages) {
        this.documents = new DocumentsRoutes(espace.contenus().documents(), acces, pages);
        this.gestion = new GestionDocumentsRoutes(espace.contenus().documents(), espace.gestion().documents(),
                accesGestion, pages);
    }

    public void declarer(RoutesConfig routes) {
        documents.declarer(routes);
        gestion.declarer(routes);
    }
}
