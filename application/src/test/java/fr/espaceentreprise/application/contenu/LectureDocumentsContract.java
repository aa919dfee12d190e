package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link LectureDocuments}: every published document without its bytes, by the name of its category (the page
 * orders the categories itself), then French title, then id in PostgreSQL's order of uuids.
 */
public abstract class LectureDocumentsContract extends PortContract {

    private Document enregistrer(UnDocument document) {
        Document construit = document.build();
        enTransaction(() -> stockage().documents().enregistrer(construit));
        return construit;
    }

    private List<DocumentResume> lister() {
        return enTransaction(() -> stockage().lectureDocuments().lister());
    }

    private Optional<DocumentResume> resume(DocumentId id) {
        return enTransaction(() -> stockage().lectureDocuments().resume(id));
    }

    @Test
    void lists_by_the_name_of_the_category_then_the_french_title_then_the_id() {
        Document questionnaire = enregistrer(UnDocument.de(CategorieDocument.QUESTIONNAIRE_MEDICAL));
        Document guideB = enregistrer(UnDocument.guide().intitule("B guide", "A"));
        Document guideAHaut = enregistrer(UnDocument.guide().intitule("A guide", "B")
                .id(new DocumentId(UUID.fromString("f0000000-0000-4000-8000-000000000001"))));
        Document guideABas = enregistrer(UnDocument.guide().intitule("A guide", "B")
                .id(new DocumentId(UUID.fromString("00000000-0000-4000-8000-000000000001"))));
        Document paiement = enregistrer(UnDocument.de(CategorieDocument.PAIEMENT_COTISATIONS));
        Document soins = enregistrer(UnDocument.de(CategorieDocument.FEUILLE_DE_SOINS));
        Document entente = enregistrer(UnDocument.de(CategorieDocument.ENTENTE_PREALABLE));

        assertEquals(List.of(entente.id(), soins.id(), guideABas.id(), guideAHaut.id(), guideB.id(), paiement.id(),
                questionnaire.id()), lister().stream().map(DocumentResume::id).toList());
    }

    @Test
    void a_document_is_summarised_with_everything_but_its_bytes() {
        Document guide = enregistrer(UnDocument.guide().publieLe(T0));

        assertEquals(Optional.of(DocumentResume.de(guide)), resume(guide.id()));
        assertEquals(List.of(DocumentResume.de(guide)), lister());
        assertEquals(UnDocument.OCTETS_PDF.length, lister().get(0).taille());
    }

    @Test
    void an_erased_or_unknown_document_is_neither_listed_nor_summarised() {
        Document retire = enregistrer(UnDocument.guide());
        Document garde = enregistrer(UnDocument.guide());
        enTransaction(() -> stockage().documents().effacer(retire.id()));

        assertEquals(Optional.empty(), resume(retire.id()));
        assertEquals(Optional.empty(), resume(DocumentId.nouveau()));
        assertEquals(List.of(garde.id()), lister().stream().map(DocumentResume::id).toList());
    }
}
