package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Both ports of the documents, on one map: the repository (bytes included) and the list without the bytes, whose
 * categories come in the order of their names as in SQL.
 */
public final class DocumentsEnMemoire extends DepotEnMemoire<DocumentId, Document>
        implements DocumentRepository, LectureDocuments {

    public DocumentsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, document -> document);
    }

    /** Test setup: a published document, without a transaction. */
    public Document ajouter(Document document) {
        ajouter(document.id(), document);
        return document;
    }

    /** As the table's primary key does, refuses an id already published: a document is never changed. */
    @Override
    public void enregistrer(Document document) {
        if (lire(document.id()).isPresent()) {
            throw new IllegalStateException("document déjà publié: " + document.id());
        }
        ecrire(document.id(), document);
    }

    @Override
    public Optional<Document> trouver(DocumentId id) {
        return lire(id);
    }

    @Override
    public boolean effacer(DocumentId id) {
        if (lire(id).isEmpty()) {
            return false;
        }
        supprimer(id);
        return true;
    }

    @Override
    public List<DocumentResume> lister() {
        return tous().stream()
                .map(DocumentResume::de)
                .sorted(Comparator.comparing((DocumentResume document) -> document.categorie().name())
                        .thenComparing(DocumentResume::titreFr)
                        .thenComparing(document -> document.id().valeur(), OrdreSql.UUID))
                .toList();
    }

    @Override
    public Optional<DocumentResume> resume(DocumentId id) {
        return lire(id).map(DocumentResume::de);
    }
}
