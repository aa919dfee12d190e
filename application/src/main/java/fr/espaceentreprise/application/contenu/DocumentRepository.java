package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;

import java.util.Optional;

/** The published documents, bytes included. A document is never changed: published, then withdrawn. */
public interface DocumentRepository {

    void enregistrer(Document document);

    Optional<Document> trouver(DocumentId id);

    /** Erases a withdrawn document; false when there was none. */
    boolean effacer(DocumentId id);
}
