package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.contenu.ConsulterDocuments;
import fr.espaceentreprise.application.contenu.GererDocuments;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office of the rubrique Téléchargement, for gestionnaires only (anyone else gets 404): the published
 * documents with a button to withdraw each, and the form that publishes a new one (a PDF, checked from its content,
 * of at most 10 MiB, with its category, titles and descriptions in French and English, and its language). Every
 * field's error is shown beside it at once.
 */
public final class GestionDocumentsPages {

    public static final String LISTE = "/gestion/documents";
    static final String RETRAIT = "/gestion/documents/{id}/retrait";

    static final String CATEGORIE = "categorie";
    static final String TITRE_FR = "titreFr";
    static final String TITRE_EN = "titreEn";
    static final String DESCRIPTION_FR = "descriptionFr";
    static final String DESCRIPTION_EN = "descriptionEn";
    static final String LANGUE = "langue";
    static final String FICHIER = Document.CHAMP_FICHIER;

    private final ConsulterDocuments consulterDocuments;
    private final GererDocuments gererDocuments;
    private final AccesGestion acces;
    private final Pages pages;

    public GestionDocumentsPages(ConsulterDocuments consulterDocuments, GererDocuments gererDocuments,
            AccesGestion acces, Pages pages) {
        this.consulterDocuments = consulterDocuments;
        this.gererDocuments = gererDocuments;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, ctx -> afficher(ctx, acces.gestionnaire(ctx), Formulaire.vide(),
                ctx.queryParam("publie") != null ? "publie" : ctx.queryParam("retire") != null ? "retire" : null));
        routes.post(LISTE, this::publier);
        routes.post(RETRAIT, this::retirer);
    }

    private void afficher(Context ctx, Acteur acteur, Formulaire formulaire, String confirmation) {
        Page page = pages.page(ctx);
        List<DocumentsPages.Rayon> rayons = consulterDocuments.lister(acteur.enLangue(page.langue())).stream()
                .map(rayon -> DocumentsPages.Rayon.de(rayon, page))
                .toList();
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("rayons", rayons);
        parametres.put("formulaire", formulaire);
        parametres.put("categories", Arrays.stream(CategorieDocument.values())
                .map(categorie -> new Option(categorie.name(), page.valeur(categorie))).toList());
        parametres.put("langues", Arrays.stream(Langue.values())
                .map(langue -> new Option(langue.name(), page.t("document.langue." + langue.name()))).toList());
        parametres.put("confirmation", confirmation);
        pages.afficher(ctx, page, "gestion/documents.jte", parametres);
    }

    private void publier(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        try {
            Saisie saisie = new Saisie();
            CategorieDocument categorie = saisie.lire(() -> CategorieDocument.de(ctx.formParam(CATEGORIE)));
            String titreFr = saisie.lire(() -> Document.verifierTitre(ctx.formParam(TITRE_FR), TITRE_FR));
            String titreEn = saisie.lire(() -> Document.verifierTitre(ctx.formParam(TITRE_EN), TITRE_EN));
            String descriptionFr = saisie.lire(() -> Document.verifierDescription(ctx.formParam(DESCRIPTION_FR),
                    DESCRIPTION_FR));
            String descriptionEn = saisie.lire(() -> Document.verifierDescription(ctx.formParam(DESCRIPTION_EN),
                    DESCRIPTION_EN));
            Langue langue = saisie.lire(() -> Document.langue(ctx.formParam(LANGUE)));
            UploadedFile fichier = ctx.isMultipartFormData() ? ctx.uploadedFile(FICHIER) : null;
            byte[] contenu = saisie.lire(() -> Document.verifierContenu(octets(fichier)));
            saisie.verifier();
            gererDocuments.publier(new GererDocuments.Publication(acteur, categorie, titreFr, titreEn,
                    descriptionFr, descriptionEn, langue, fichier.filename(), contenu, AdresseClient.de(ctx)));
            ctx.redirect(LISTE + "?publie=1", HttpStatus.SEE_OTHER);
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficher(ctx, acteur, Formulaire.depuis(ctx).avecErreurs(echec.erreurs()), null);
        }
    }

    private void retirer(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        gererDocuments.retirer(new GererDocuments.Retrait(acteur, DocumentsPages.documentDuChemin(ctx),
                AdresseClient.de(ctx)));
        ctx.redirect(LISTE + "?retire=1", HttpStatus.SEE_OTHER);
    }

    /** The bytes sent, or none when no file was chosen (a browser then sends an empty part). */
    private static byte[] octets(UploadedFile fichier) {
        if (fichier == null) {
            return null;
        }
        try (InputStream contenu = fichier.content()) {
            return contenu.readAllBytes();
        } catch (IOException illisible) {
            throw new UncheckedIOException(illisible);
        }
    }
}
