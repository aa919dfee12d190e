package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.application.contenu.ConsulterDocuments;
import fr.espaceentreprise.application.contenu.DocumentResume;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * The rubrique Téléchargement in the API: the whole list at once (it is short), in the user's language, and each
 * PDF.
 */
public final class DocumentsApi {

    static final String API_LISTE = "/api/v1/documents";
    static final String API_DOCUMENT = "/api/v1/documents/{id}";

    private final ConsulterDocuments consulterDocuments;
    private final Acces acces;

    public DocumentsApi(ConsulterDocuments consulterDocuments, Acces acces) {
        this.consulterDocuments = consulterDocuments;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_LISTE, this::liste);
        routes.get(API_DOCUMENT, ctx -> DocumentsPages.telecharger(ctx, consulterDocuments,
                acces.connecte(ctx).acteur()));
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Langue langue = acteur.langue();
        List<DocumentJson> items = consulterDocuments.lister(acteur).stream()
                .flatMap(rayon -> rayon.documents().stream())
                .map(document -> DocumentJson.de(document, langue))
                .toList();
        ctx.json(ListeJson.entiere(items));
    }

    record DocumentJson(String id, CategorieDocument categorie, String titre, String description, Langue langue,
            String nomFichier, int taille, Instant publieLe, String lien) {

        static DocumentJson de(DocumentResume document, Langue lecteur) {
            return new DocumentJson(document.id().toString(), document.categorie(), document.titre(lecteur),
                    document.description(lecteur), document.langue(), document.nomFichier(), document.taille(),
                    document.publieLe(), API_LISTE + "/" + document.id());
        }
    }
}
