package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DOCUMENT;

import fr.espaceentreprise.application.contenu.DocumentRepository;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import java.util.Optional;
import org.jooq.DSLContext;

/** Documents are inserted once and deleted when withdrawn, never updated. */
public final class JooqDocumentRepository implements DocumentRepository {

    private final DSLContext dsl;

    public JooqDocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enregistrer(Document document) {
        dsl.insertInto(DOCUMENT).set(DocumentMapper.ligne(document)).execute();
    }

    @Override
    public Optional<Document> trouver(DocumentId id) {
        return dsl.selectFrom(DOCUMENT)
                .where(DOCUMENT.ID.eq(id.valeur()))
                .fetchOptional()
                .map(DocumentMapper::document);
    }

    @Override
    public boolean effacer(DocumentId id) {
        return dsl.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(id.valeur())).execute() > 0;
    }
}
