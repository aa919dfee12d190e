package fr.espaceentreprise.domain.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NomDeFichierTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "C:\\Users\\moi\\bulletin.pdf|bulletin.pdf",
        "../../etc/passwd|passwd",
        "a\"b<c>d;e|a_b_c_d_e",
        "e\u0301te\u0301.png|\u00e9t\u00e9.png"})
    void a_sent_name_keeps_its_last_segment_in_nfc_without_unsafe_characters(String envoye, String attendu) {
        assertEquals(attendu, NomDeFichier.nettoye(envoye));
    }

    @Test
    void runs_of_white_space_become_one_space_and_the_ends_are_trimmed() {
        assertEquals("ligne suivante", NomDeFichier.nettoye("  ligne\n\tsuivante  "));
    }

    @Test
    void no_name_is_an_empty_one() {
        assertEquals("", NomDeFichier.nettoye(null));
    }

    @Test
    void dots_and_spaces_go_from_both_ends() {
        assertEquals("cache . x", NomDeFichier.sansPointsAuxBords(". .cache . x. ."));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {"scan.JPEG|scan", "scan.jpg|scan", "scan.png|scan.png", "a.jpg.jpeg|a.jpg"})
    void a_known_extension_goes_whatever_its_case(String nom, String attendu) {
        assertEquals(attendu, NomDeFichier.sansExtension(nom, List.of(".jpg", ".jpeg")));
    }

    @Test
    void a_blank_base_takes_the_default_name() {
        assertEquals("document.pdf", NomDeFichier.avecExtension(" ", "document", ".pdf", 120));
    }

    @Test
    void a_long_base_is_cut_by_code_points_so_that_the_whole_name_holds_in_the_maximum() {
        String nom = NomDeFichier.avecExtension("\uD83D\uDE00".repeat(20), "document", ".pdf", 10);

        assertEquals("\uD83D\uDE00".repeat(6) + ".pdf", nom);
        assertEquals(10, nom.codePointCount(0, nom.length()));
    }
}
