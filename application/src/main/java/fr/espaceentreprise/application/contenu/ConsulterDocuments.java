package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Objects;

/**
 * The rubrique Téléchargement, open to every logged-in user (entreprise, mandataire, gestionnaire): the documents
 * grouped by category, in the order of {@link CategorieDocument}, each category's documents by title in the
 * actor's language (categories without documents left out); one document's bytes. An unknown document →
 * IntrouvableException "document.introuvable".
 */
public interface ConsulterDocuments {

    List<Rayon> lister(Acteur acteur);

    Document telecharger(Acteur acteur, DocumentId id);

    /** The documents of one category. */
    record Rayon(CategorieDocument categorie, List<DocumentResume> documents) {

        public Rayon {
            Objects.requireNonNull(categorie, "categorie");
            documents = List.copyOf(documents);
        }
    }
}
