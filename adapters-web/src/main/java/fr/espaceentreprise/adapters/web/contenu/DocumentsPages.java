package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Telechargement;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.contenu.ConsulterDocuments;
import fr.espaceentreprise.application.contenu.DocumentResume;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rubrique Téléchargement, for every logged-in user: the documents by category, each with its title and
 * description in the user's language, the document's own language, its size and date, and a link that downloads
 * it as an attachment.
 */
public final class DocumentsPages {

    public static final String LISTE = "/telechargements";
    static final String DOCUMENT = "/telechargements/{id}";
    static final String INTROUVABLE = "document.introuvable";

    private final ConsulterDocuments consulterDocuments;
    private final Acces acces;
    private final Pages pages;

    public DocumentsPages(ConsulterDocuments consulterDocuments, Acces acces, Pages pages) {
        this.consulterDocuments = consulterDocuments;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(DOCUMENT, ctx -> telecharger(ctx, consulterDocuments, acces.connecte(ctx).acteur()));
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Page page = pages.page(ctx);
        // The page speaks the language the user chose on it (the switch), which orders the titles too.
        List<Rayon> rayons = consulterDocuments.lister(acteur.enLangue(page.langue())).stream()
                .map(rayon -> Rayon.de(rayon, page))
                .toList();
        pages.afficher(ctx, page, "contenu/telechargements.jte", Map.of("rayons", rayons,
                "gestionnaire", acteur.estGestionnaire()));
    }

    /** Page and API alike: the PDF, never shown inline, under a name every system accepts. */
    static void telecharger(Context ctx, ConsulterDocuments consulterDocuments, Acteur acteur) {
        Document document = consulterDocuments.telecharger(acteur, documentDuChemin(ctx));
        Telechargement.fichier(ctx, Telechargement.PDF, document.nomFichier(), ".pdf", document.contenu());
    }

    static DocumentId documentDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, DocumentId::de, INTROUVABLE);
    }

    /** One category of the page, its documents ready to print. */
    public record Rayon(CategorieDocument categorie, List<Ligne> documents) {

        static Rayon de(ConsulterDocuments.Rayon rayon, Page page) {
            return new Rayon(rayon.categorie(), rayon.documents().stream().map(d -> Ligne.de(d, page)).toList());
        }
    }

    /** One document as the page prints it. */
    public record Ligne(String id, String titre, String description, Langue langue, String taille,
            Instant publieLe, String lien) {

        /** The Paris day of the publication. */
        public LocalDate jour() {
            return LocalDate.ofInstant(publieLe, Messages.FUSEAU);
        }

        static Ligne de(DocumentResume document, Page page) {
            return new Ligne(document.id().toString(), document.titre(page.langue()),
                    document.description(page.langue()), document.langue(), Taille.lisible(page, document.taille()),
                    document.publieLe(), LISTE + "/" + document.id());
        }
    }
}
