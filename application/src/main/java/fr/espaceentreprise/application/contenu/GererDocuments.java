package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.Objects;

/**
 * The back office publishes a document in the rubrique Téléchargement, or withdraws one. Gestionnaires only:
 * anyone else → IntrouvableException "ressource.introuvable", as for the rest of the back office. Publication
 * checks the document's rules (see {@link fr.espaceentreprise.domain.contenu.Document#publier}); withdrawing an
 * unknown document → "document.introuvable". Each write and its audit line (DOCUMENT_PUBLIE, DOCUMENT_RETIRE)
 * commit together.
 */
public interface GererDocuments {

    DocumentId publier(Publication publication);

    void retirer(Retrait retrait);

    /** The fields of the upload form; texts and bytes are checked by the domain. */
    record Publication(Acteur acteur, CategorieDocument categorie, String titreFr, String titreEn,
                       String descriptionFr, String descriptionEn, Langue langue, String nomFichier, byte[] contenu,
                       AdresseIp ip) {

        public Publication {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(ip, "ip");
        }
    }

    record Retrait(Acteur acteur, DocumentId id, AdresseIp ip) {

        public Retrait {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
