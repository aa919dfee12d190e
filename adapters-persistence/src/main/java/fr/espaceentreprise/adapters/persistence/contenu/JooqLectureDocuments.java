package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DOCUMENT;

import fr.espaceentreprise.application.contenu.DocumentResume;
import fr.espaceentreprise.application.contenu.LectureDocuments;
import fr.espaceentreprise.domain.contenu.DocumentId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The rubrique's list, in the order of the index document_par_categorie; the bytes are never read. */
public final class JooqLectureDocuments implements LectureDocuments {

    private final DSLContext dsl;

    public JooqLectureDocuments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DocumentResume> lister() {
        return dsl.select(DocumentMapper.METADONNEES)
                .from(DOCUMENT)
                .orderBy(DOCUMENT.CATEGORIE, DOCUMENT.TITRE_FR, DOCUMENT.ID)
                .fetch(DocumentMapper::resume);
    }

    @Override
    public Optional<DocumentResume> resume(DocumentId id) {
        return dsl.select(DocumentMapper.METADONNEES)
                .from(DOCUMENT)
                .where(DOCUMENT.ID.eq(id.valeur()))
                .fetchOptional(DocumentMapper::resume);
    }
}
