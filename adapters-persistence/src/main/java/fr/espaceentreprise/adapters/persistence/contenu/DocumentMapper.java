package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DOCUMENT;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.DocumentRecord;
import fr.espaceentreprise.application.contenu.DocumentResume;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Record;
import org.jooq.SelectField;

/** Rows of {@code document} to the domain and back. */
final class DocumentMapper {

    /** Every column but the bytes. */
    static final List<SelectField<?>> METADONNEES = List.of(DOCUMENT.ID, DOCUMENT.CATEGORIE, DOCUMENT.TITRE_FR,
            DOCUMENT.TITRE_EN, DOCUMENT.DESCRIPTION_FR, DOCUMENT.DESCRIPTION_EN, DOCUMENT.LANGUE,
            DOCUMENT.NOM_FICHIER, DOCUMENT.TAILLE, DOCUMENT.PUBLIE_LE);

    private DocumentMapper() {
    }

    static DocumentResume resume(Record ligne) {
        return new DocumentResume(new DocumentId(ligne.get(DOCUMENT.ID)),
                CategorieDocument.valueOf(ligne.get(DOCUMENT.CATEGORIE)), ligne.get(DOCUMENT.TITRE_FR),
                ligne.get(DOCUMENT.TITRE_EN), ligne.get(DOCUMENT.DESCRIPTION_FR), ligne.get(DOCUMENT.DESCRIPTION_EN),
                Langue.valueOf(ligne.get(DOCUMENT.LANGUE)), ligne.get(DOCUMENT.NOM_FICHIER),
                ligne.get(DOCUMENT.TAILLE), ligne.get(DOCUMENT.PUBLIE_LE).toInstant());
    }

    static Document document(DocumentRecord ligne) {
        return Document.rehydrater(new DocumentId(ligne.getId()), CategorieDocument.valueOf(ligne.getCategorie()),
                ligne.getTitreFr(), ligne.getTitreEn(), ligne.getDescriptionFr(), ligne.getDescriptionEn(),
                Langue.valueOf(ligne.getLangue()), ligne.getNomFichier(), ligne.getContenu(),
                ligne.getPublieLe().toInstant());
    }

    static DocumentRecord ligne(Document document) {
        DocumentRecord ligne = new DocumentRecord();
        ligne.setId(document.id().valeur());
        ligne.setCategorie(document.categorie().name());
        ligne.setTitreFr(document.titreFr());
        ligne.setTitreEn(document.titreEn());
        ligne.setDescriptionFr(document.descriptionFr());
        ligne.setDescriptionEn(document.descriptionEn());
        ligne.setLangue(document.langue().name());
        ligne.setNomFichier(document.nomFichier());
        ligne.setTaille(document.taille());
        ligne.setPublieLe(document.publieLe().atOffset(ZoneOffset.UTC));
        ligne.setContenu(document.contenu());
        return ligne;
    }
}
