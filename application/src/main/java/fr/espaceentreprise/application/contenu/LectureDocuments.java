package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.DocumentId;

import java.util.List;
import java.util.Optional;

/**
 * The rubrique Téléchargement's read model, without the bytes. The list is small (a few dozen documents, chosen by
 * the back office), hence read whole rather than by pages.
 */
public interface LectureDocuments {

    /** Every published document, by category then French title then id. */
    List<DocumentResume> lister();

    Optional<DocumentResume> resume(DocumentId id);
}
