package fr.espaceentreprise.domain.demande;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Stream;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PieceJointeTest {

    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    static PieceJointe recevoir(String nom, byte[] contenu) {
        return PieceJointe.recevoir(PieceJointeId.nouveau(), nom, contenu);
    }

    @Test
    void the_type_comes_from_the_first_bytes() {
        assertEquals(TypePieceJointe.PDF, recevoir("a.pdf", PDF).type());
        assertEquals(TypePieceJointe.PNG, recevoir("a.png", PNG).type());
        assertEquals(TypePieceJointe.JPEG, recevoir("a.jpg", JPEG).type());
    }

    @Test
    void a_pdf_named_like_an_image_is_a_pdf_and_gets_the_pdf_extension() {
        PieceJointe piece = recevoir("photo.png", PDF);

        assertEquals(TypePieceJointe.PDF, piece.type());
        assertEquals("photo.png.pdf", piece.nomFichier());
    }

    @Test
    void an_executable_named_like_a_pdf_is_refused() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertValeurInvalide("piece_jointe.type.interdit", "piecesJointes", () -> recevoir("facture.pdf", exe));
    }

    @Test
    void a_content_shorter_than_a_signature_is_refused() {
        assertValeurInvalide("piece_jointe.type.interdit", "piecesJointes",
                () -> recevoir("a.pdf", new byte[]{'%', 'P'}));
    }

    @Test
    void an_empty_file_is_refused() {
        assertValeurInvalide("piece_jointe.vide", "piecesJointes", () -> recevoir("a.pdf", new byte[0]));
    }

    @Test
    void a_file_of_five_mebibytes_is_accepted_one_byte_more_is_refused_with_the_maximum() {
        byte[] max = Arrays.copyOf(PDF, PieceJointe.TAILLE_MAX);
        assertEquals(PieceJointe.TAILLE_MAX, recevoir("a.pdf", max).taille());

        var erreur = assertValeurInvalide("piece_jointe.trop_lourde", "piecesJointes",
                () -> recevoir("a.pdf", Arrays.copyOf(PDF, PieceJointe.TAILLE_MAX + 1)));
        assertEquals(Map.of("max", 5 * 1024 * 1024), erreur.parametres());
    }

    @Test
    void five_files_per_message_are_accepted_six_are_refused() {
        PieceJointe piece = recevoir("a.pdf", PDF);
        assertDoesNotThrow(() -> PieceJointe.verifierNombre(Collections.nCopies(5, piece)));

        var erreur = assertValeurInvalide("piece_jointe.trop_nombreuses", "piecesJointes",
                () -> PieceJointe.verifierNombre(Collections.nCopies(6, piece)));
        assertEquals(Map.of("max", 5), erreur.parametres());
    }

    static Stream<Arguments> nomsEnvoyes() {
        return Stream.of(
                Arguments.of("relevé.pdf", "relevé.pdf"),
                Arguments.of("RELEVE.PDF", "RELEVE.pdf"),
                Arguments.of("../../etc/passwd", "passwd.pdf"),
                Arguments.of("C:\\Users\\moi\\Bulletin de salaire.pdf", "Bulletin de salaire.pdf"),
                Arguments.of("a\"b<c>d;e:f*g?.pdf", "a_b_c_d_e_f_g_.pdf"),
                Arguments.of("  .cache  ", "cache.pdf"),
                Arguments.of("'.pdf'", "_.pdf_.pdf"),
                Arguments.of("...", "piece_jointe.pdf"),
                Arguments.of("   ", "piece_jointe.pdf"),
                Arguments.of("ligne\nsuivante.pdf", "ligne suivante.pdf"),
                Arguments.of("nul" + (char) 0 + ".pdf", "nul_.pdf"));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @MethodSource("nomsEnvoyes")
    void the_file_name_is_cleaned_and_ends_with_the_real_extension(String envoye, String garde) {
        assertEquals(garde, recevoir(envoye, PDF).nomFichier());
    }

    @Test
    void a_missing_name_gets_a_default_one() {
        assertEquals("piece_jointe.jpg", recevoir(null, JPEG).nomFichier());
        assertEquals("scan.jpeg".replace(".jpeg", ".jpg"), recevoir("scan.jpeg", JPEG).nomFichier());
    }

    @Test
    void a_long_name_is_cut_but_keeps_its_extension() {
        String nom = recevoir("x".repeat(300) + ".pdf", PDF).nomFichier();

        assertEquals(PieceJointe.NOM_MAX, nom.length());
        assertEquals(".pdf", nom.substring(nom.length() - 4));
    }

    @Test
    void the_content_cannot_be_changed_from_outside() {
        byte[] envoye = PDF.clone();
        PieceJointe piece = recevoir("a.pdf", envoye);
        envoye[0] = 'X';
        piece.contenu()[1] = 'X';

        assertArrayEquals(PDF, piece.contenu());
    }
}
