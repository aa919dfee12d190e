package fr.espaceentreprise.adapters.persistence.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PlansDeRequetes;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the table of documents adds to the contracts (DocumentRepositoryContract, LectureDocumentsContract): its
 * bounds, the checks that refuse a row the domain could never produce, and the plans of its reads.
 */
class JooqDocumentsTest {

    private static final byte[] ENTETE = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final Instant PUBLIE_LE = Instant.parse("2026-02-03T10:15:30.123456Z");

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final JooqDocumentRepository documents = new JooqDocumentRepository(dsl);

    @Test
    void the_database_keeps_a_pdf_of_10_mib_and_refuses_one_byte_more() {
        byte[] limite = Arrays.copyOf(ENTETE, Document.TAILLE_MAX);
        Document gros = enregistrer(UnDocument.guide().contenu(limite));
        byte[] tropLourd = Arrays.copyOf(limite, Document.TAILLE_MAX + 1);
        Document refuse = Document.rehydrater(DocumentId.nouveau(), CategorieDocument.GUIDE_PRATIQUE, "T", "T", "D",
                "D", Langue.FR, "t.pdf", tropLourd, PUBLIE_LE);

        assertEquals(Document.TAILLE_MAX, documents.trouver(gros.id()).orElseThrow().taille());
        assertThrows(DataAccessException.class, () -> documents.enregistrer(refuse));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown category | update document set categorie = 'AUTRE'
        unknown language | update document set langue = 'DE'
        empty french title | update document set titre_fr = ''
        english title too long | update document set titre_en = repeat('t', 121)
        description too long | update document set description_fr = repeat('d', 601)
        file name without pdf | update document set nom_fichier = 'guide.exe'
        size unlike the content | update document set taille = taille + 1
        content that is no pdf | update document set contenu = '\\x89504e470d0a1a0a'::bytea, taille = 8
        """)
    void the_schema_refuses_a_row_the_domain_could_never_produce(String regle, String instruction) {
        enregistrer(UnDocument.guide());

        DataAccessException refus = assertThrows(DataAccessException.class, () -> dsl.execute(instruction));

        assertEquals("23514", refus.sqlState(), regle);
    }

    @Test
    void the_list_is_read_in_the_order_of_its_index_and_one_document_by_its_key() {
        List<String> plans = PlansDeRequetes.de(dsl, espion -> {
            new JooqLectureDocuments(espion).lister();
            new JooqDocumentRepository(espion).trouver(DocumentId.nouveau());
        });

        assertTrue(plans.get(0).contains("document_par_categorie"), plans.get(0));
        assertFalse(plans.get(0).contains("Sort"), "no sort after the index: " + plans.get(0));
        assertTrue(plans.get(1).contains("document_pkey"), plans.get(1));
    }

    private Document enregistrer(UnDocument document) {
        Document construit = document.build();
        documents.enregistrer(construit);
        return construit;
    }
}
