package fr.espaceentreprise.domain.contenu;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    @Test
    void a_pdf_is_published_with_its_texts_trimmed_and_its_size() {
        Document document = UnDocument.guide().intitule("  Guide  ", " Guide ").enLangue(Langue.EN).build();

        assertEquals("Guide", document.titreFr());
        assertEquals("Guide", document.titre(Langue.EN));
        assertEquals(Langue.EN, document.langue());
        assertEquals(UnDocument.OCTETS_PDF.length, document.taille());
        assertArrayEquals(UnDocument.OCTETS_PDF, document.contenu());
        assertEquals(UnDocument.PUBLIE_LE, document.publieLe());
    }

    @Test
    void title_and_description_follow_the_readers_language() {
        Document document = UnDocument.guide().intitule("Titre", "Title").decrit("Texte", "Text").build();

        assertEquals("Titre", document.titre(Langue.FR));
        assertEquals("Title", document.titre(Langue.EN));
        assertEquals("Texte", document.description(Langue.FR));
        assertEquals("Text", document.description(Langue.EN));
    }

    @Test
    void a_png_renamed_pdf_is_refused_by_its_content() {
        assertValeurInvalide("document.type.interdit", "fichier",
                () -> UnDocument.guide().nomme("scan.pdf").contenu(PNG).build());
    }

    @Test
    void the_pdf_signature_must_open_the_file_not_merely_appear_in_it() {
        byte[] decale = (" %PDF-1.7").getBytes(StandardCharsets.US_ASCII);

        assertValeurInvalide("document.type.interdit", "fichier",
                () -> UnDocument.guide().contenu(decale).build());
    }

    @Test
    void an_empty_file_is_refused() {
        assertValeurInvalide("document.vide", "fichier", () -> UnDocument.guide().contenu(new byte[0]).build());
        assertValeurInvalide("document.vide", "fichier", () -> UnDocument.guide().contenu(null).build());
    }

    @Test
    void a_pdf_of_10_mib_is_taken_and_one_byte_more_is_refused_with_the_limit() {
        byte[] limite = pdfDe(Document.TAILLE_MAX);
        byte[] tropLourd = pdfDe(Document.TAILLE_MAX + 1);

        assertEquals(Document.TAILLE_MAX, UnDocument.guide().contenu(limite).build().taille());
        ValeurInvalideException refus = assertValeurInvalide("document.trop_lourd", "fichier",
                () -> UnDocument.guide().contenu(tropLourd).build());
        assertEquals(Map.of("max", 10), refus.parametres());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        blank french title | titreFr | champ.obligatoire
        blank english title | titreEn | champ.obligatoire
        blank french description | descriptionFr | champ.obligatoire
        blank english description | descriptionEn | champ.obligatoire
        """)
    void every_text_is_required_in_both_languages(String cas, String champ, String code) {
        UnDocument document = UnDocument.guide();
        switch (champ) {
            case "titreFr" -> document.intitule(" ", "Title");
            case "titreEn" -> document.intitule("Titre", "");
            case "descriptionFr" -> document.decrit(null, "Text");
            default -> document.decrit("Texte", "  ");
        }

        assertValeurInvalide(code, champ, document::build);
    }

    @Test
    void titles_and_descriptions_are_bounded() {
        String titre = "T".repeat(Document.TITRE_MAX);
        String description = "D".repeat(Document.DESCRIPTION_MAX);

        assertEquals(titre, UnDocument.guide().intitule(titre, titre).build().titreFr());
        assertEquals(description, UnDocument.guide().decrit(description, description).build().descriptionEn());
        assertValeurInvalide("champ.trop_long", "titreEn",
                () -> UnDocument.guide().intitule(titre, titre + "T").build());
        assertValeurInvalide("champ.trop_long", "descriptionFr",
                () -> UnDocument.guide().decrit(description + "D", description).build());
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        guide.pdf | guide.pdf
        Guide expatrié 2026.PDF | Guide expatrié 2026.pdf
        C:\\Users\\a\\mandat.pdf | mandat.pdf
        ../../etc/passwd | passwd.pdf
        "fiche"; x=.pdf | _fiche__ x_.pdf
        .pdf | document.pdf
        rapport | rapport.pdf
        """)
    void the_file_name_is_cleaned_and_always_ends_with_pdf(String envoye, String attendu) {
        assertEquals(attendu, UnDocument.guide().nomme(envoye).build().nomFichier());
    }

    @Test
    void a_long_file_name_is_cut_keeping_its_extension() {
        String nom = UnDocument.guide().nomme("n".repeat(300) + ".pdf").build().nomFichier();

        assertEquals(Document.NOM_MAX, nom.length());
        assertEquals(".pdf", nom.substring(nom.length() - 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "fr", " En "})
    void the_documents_language_is_fr_or_en(String code) {
        assertEquals(code.strip().equalsIgnoreCase("fr") ? Langue.FR : Langue.EN, Document.langue(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DE", "français"})
    void another_language_is_refused(String code) {
        assertValeurInvalide("document.langue.invalide", "langue", () -> Document.langue(code));
    }

    @Test
    void a_category_is_read_by_its_exact_name() {
        assertEquals(CategorieDocument.ENTENTE_PREALABLE, CategorieDocument.de("ENTENTE_PREALABLE"));
        assertValeurInvalide("document.categorie.invalide", "categorie", () -> CategorieDocument.de("AUTRE"));
        assertValeurInvalide("document.categorie.invalide", "categorie", () -> CategorieDocument.de(null));
    }

    @Test
    void the_document_keeps_its_own_copy_of_the_bytes() {
        byte[] octets = UnDocument.OCTETS_PDF.clone();
        Document document = UnDocument.guide().contenu(octets).build();

        octets[0] = 'X';
        byte[] lus = document.contenu();
        lus[1] = 'X';

        assertArrayEquals(UnDocument.OCTETS_PDF, document.contenu());
        assertNotSame(lus, document.contenu());
    }

    @Test
    void an_identifier_is_read_in_its_canonical_form_only() {
        DocumentId id = DocumentId.nouveau();

        assertEquals(id, DocumentId.de(id.toString()));
        assertValeurInvalide("identifiant.invalide", "id", () -> DocumentId.de("1-1-1-1-1"));
        assertValeurInvalide("identifiant.invalide", "id", () -> DocumentId.de(null));
    }

    private static byte[] pdfDe(int taille) {
        byte[] octets = new byte[taille];
        Arrays.fill(octets, (byte) ' ');
        System.arraycopy(UnDocument.OCTETS_PDF, 0, octets, 0, UnDocument.OCTETS_PDF.length);
        return octets;
    }
}
