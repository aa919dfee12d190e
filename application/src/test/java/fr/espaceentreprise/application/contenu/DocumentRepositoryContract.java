package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link DocumentRepository}: a document found by id with every byte, never changed once published, erased. */
public abstract class DocumentRepositoryContract extends PortContract {

    private DocumentRepository documents() {
        return stockage().documents();
    }

    private Document enregistrer(Document document) {
        enTransaction(() -> documents().enregistrer(document));
        return document;
    }

    private Optional<Document> trouver(DocumentId id) {
        return enTransaction(() -> documents().trouver(id));
    }

    private boolean effacer(DocumentId id) {
        return enTransaction(() -> documents().effacer(id));
    }

    @Test
    void a_document_comes_back_with_every_field_and_every_byte_intact() {
        byte[] octets = Arrays.copyOf("%PDF-".getBytes(StandardCharsets.US_ASCII), 5 + 256);
        for (int octet = 0; octet < 256; octet++) {
            octets[5 + octet] = (byte) octet;
        }
        Document guide = enregistrer(UnDocument.guide().intitule("Guide de l’expatrié", "Expatriate’s guide")
                .decrit("Protection sociale à l’étranger.", "Social protection abroad.").enLangue(Langue.EN)
                .nomme("Guide expatrié.pdf").contenu(octets).publieLe(T0).build());

        Document lu = trouver(guide.id()).orElseThrow();

        assertEquals(guide, lu);
        assertArrayEquals(octets, lu.contenu());
        assertEquals(T0, lu.publieLe());
    }

    @Test
    void a_document_is_never_changed_saving_its_id_again_is_refused_and_the_first_stays() {
        Document publie = enregistrer(UnDocument.guide().intitule("Guide", "Guide").build());
        Document autre = UnDocument.guide().id(publie.id()).intitule("Autre guide", "Other guide").build();

        assertThrows(RuntimeException.class, () -> enregistrer(autre));

        assertEquals(Optional.of(publie), trouver(publie.id()));
    }

    @Test
    void an_erased_document_is_gone_and_erasing_it_again_says_there_was_none() {
        Document guide = enregistrer(UnDocument.guide().build());
        Document autre = enregistrer(UnDocument.guide().build());

        assertTrue(effacer(guide.id()));
        assertFalse(effacer(guide.id()));

        assertEquals(Optional.empty(), trouver(guide.id()));
        assertEquals(Optional.of(autre), trouver(autre.id()));
    }

    @Test
    void an_unknown_document_is_neither_found_nor_erased() {
        enregistrer(UnDocument.guide().build());

        assertEquals(Optional.empty(), trouver(DocumentId.nouveau()));
        assertFalse(effacer(DocumentId.nouveau()));
    }
}
