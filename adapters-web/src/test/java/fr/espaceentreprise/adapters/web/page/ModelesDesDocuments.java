package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.contenu.DocumentsPages;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Models of the templates of the rubrique Téléchargement, for {@link GabaritsTest}. */
final class ModelesDesDocuments {

    private ModelesDesDocuments() {
    }

    static Map<String, List<Map<String, Object>>> modeles() {
        DocumentsPages.Ligne ligne = new DocumentsPages.Ligne("6f1c2a4e-93b1-4a57-9d1e-2b7c5f0e8a11", "Guide",
                "Ce qu'il faut savoir.", Langue.EN, "84 Ko", Instant.parse("2026-01-15T09:00:00Z"),
                "/telechargements/6f1c2a4e-93b1-4a57-9d1e-2b7c5f0e8a11");
        List<DocumentsPages.Rayon> rayons = List.of(
                new DocumentsPages.Rayon(CategorieDocument.GUIDE_PRATIQUE, List.of(ligne)),
                new DocumentsPages.Rayon(CategorieDocument.ENTENTE_PREALABLE, List.of(ligne)));
        List<Option> categories = List.of(new Option("GUIDE_PRATIQUE", "Guides"));
        List<Option> langues = List.of(new Option("FR", "français"));
        Formulaire enErreur = Formulaire.avecValeurs(Map.of("titreFr", "Guide"))
                .avecErreurs(List.of(ErreurChamp.sur("fichier", "document.type.interdit"),
                        ErreurChamp.sur("descriptionEn", "champ.obligatoire"),
                        ErreurChamp.sur("categorie", "document.categorie.invalide")));
        Map<String, Object> gestionConfirmee = new HashMap<>(Map.of("rayons", rayons, "formulaire",
                Formulaire.vide(), "categories", categories, "langues", langues));
        gestionConfirmee.put("confirmation", "publie");
        return Map.of(
                "contenu/telechargements.jte", List.of(Map.of("rayons", rayons),
                        Map.of("rayons", List.of(), "gestionnaire", true)),
                "gestion/documents.jte", List.of(gestionConfirmee, Map.of("rayons", List.of(), "formulaire",
                        enErreur, "categories", categories, "langues", langues)));
    }
}
