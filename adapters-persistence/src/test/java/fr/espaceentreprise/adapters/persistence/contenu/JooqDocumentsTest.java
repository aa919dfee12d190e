package fr.espaceentreprise.adapters.persistence.contenu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PlansDeRequetes;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.contenu.DocumentResume;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JooqDocumentsTest {

    private static final byte[] ENTETE = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final Instant PUBLIE_LE = Instant.parse("2026-02-03T10:15:30.123456Z");

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final JooqDocumentRepository documents = new JooqDocumentRepository(dsl);
    private final JooqLectureDocuments lecture = new JooqLectureDocuments(dsl);

    @Test
    void a_document_comes_back_with_every_field_and_every_byte_intact() {
        byte[] octets = pdfDe(tousLesOctets());
        Document guide = UnDocument.guide().intitule("Guide de l’expatrié", "Expatriate’s guide")
                .decrit("Protection sociale à l’étranger.", "Social protection abroad.").enLangue(Langue.EN)
                .nomme("Guide expatrié.pdf").contenu(octets).publieLe(PUBLIE_LE).build();

        documents.enregistrer(guide);

        Document lu = documents.trouver(guide.id()).orElseThrow();
        assertEquals(guide, lu);
        assertArrayEquals(octets, lu.contenu());
        assertEquals(Optional.of(DocumentResume.de(guide)), lecture.resume(guide.id()));
    }

    @Test
    void an_unknown_document_is_not_found() {
        assertEquals(Optional.empty(), documents.trouver(DocumentId.nouveau()));
        assertEquals(Optional.empty(), lecture.resume(DocumentId.nouveau()));
        assertFalse(documents.effacer(DocumentId.nouveau()));
    }

    @Test
    void lists_by_category_then_title_then_id_without_the_bytes() {
        Document soins = enregistrer(UnDocument.de(CategorieDocument.FEUILLE_DE_SOINS).intitule("Feuille", "Form"));
        Document guideB = enregistrer(UnDocument.guide().intitule("B guide", "B"));
        Document guideA2 = enregistrer(UnDocument.guide().intitule("A guide", "A")
                .id(new DocumentId(UUID.fromString("f0000000-0000-4000-8000-000000000001"))));
        Document guideA1 = enregistrer(UnDocument.guide().intitule("A guide", "A")
                .id(new DocumentId(UUID.fromString("00000000-0000-4000-8000-000000000001"))));
        Document paiement = enregistrer(UnDocument.de(CategorieDocument.PAIEMENT_COTISATIONS));

        List<DocumentId> ordre = lecture.lister().stream().map(DocumentResume::id).toList();

        // The database sorts categories by their name, the use case by the enum's order: both are stable.
        assertEquals(List.of(soins.id(), guideA1.id(), guideA2.id(), guideB.id(), paiement.id()), ordre);
        assertEquals(UnDocument.OCTETS_PDF.length, lecture.lister().get(0).taille());
    }

    @Test
    void a_withdrawn_document_is_gone() {
        Document guide = enregistrer(UnDocument.guide());
        Document autre = enregistrer(UnDocument.guide());

        assertTrue(documents.effacer(guide.id()));

        assertEquals(Optional.empty(), documents.trouver(guide.id()));
        assertEquals(List.of(autre.id()), lecture.lister().stream().map(DocumentResume::id).toList());
    }

    @Test
    void the_database_keeps_a_pdf_of_10_mib_and_refuses_one_byte_more() {
        byte[] limite = pdfDe(new byte[Document.TAILLE_MAX - ENTETE.length]);
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

    private static byte[] tousLesOctets() {
        byte[] octets = new byte[512];
        for (int i = 0; i < octets.length; i++) {
            octets[i] = (byte) i;
        }
        return octets;
    }

    private static byte[] pdfDe(byte[] suite) {
        byte[] octets = Arrays.copyOf(ENTETE, ENTETE.length + suite.length);
        System.arraycopy(suite, 0, octets, ENTETE.length, suite.length);
        return octets;
    }
}
