package fr.espaceentreprise.adapters.web.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Durand|Durand",
        "Wróbel|Wróbel",
        "=SUM(A1:A9)|'=SUM(A1:A9)",
        "+33 1 23 45 67 89|'+33 1 23 45 67 89",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "Dupont; fils|\"Dupont; fils\"",
        "Le \"Grand\" Hôtel|\"Le \"\"Grand\"\" Hôtel\"",
        "=1;2|\"'=1;2\"",
        "1500.00|1500.00",
        "PREV-DUR-02, SANTE-DUR-01|PREV-DUR-02, SANTE-DUR-01"})
    void a_cell_is_quoted_when_needed_and_never_read_as_a_formula(String valeur, String ecrite) {
        assertEquals(ecrite, Csv.cellule(valeur));
    }

    @Test
    void a_cell_with_a_line_break_or_starting_with_a_tab_is_protected() {
        assertEquals("\"ligne 1\nligne 2\"", Csv.cellule("ligne 1\nligne 2"));
        assertEquals("'\tx", Csv.cellule("\tx"));
        assertEquals("", Csv.cellule(null));
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_ends_its_lines_with_crlf() {
        ByteArrayOutputStream flux = new ByteArrayOutputStream();
        Csv csv = new Csv(flux);

        csv.ligne(List.of("Nom", "Prénom"));
        csv.ligne(List.of("Çelik", "Şükrü"));
        csv.terminer();

        byte[] octets = flux.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(octets[0], octets[1], octets[2]));
        assertEquals("Nom;Prénom\r\nÇelik;Şükrü\r\n",
                new String(Arrays.copyOfRange(octets, 3, octets.length), StandardCharsets.UTF_8));
    }

    @Test
    void file_names_keep_only_what_every_system_accepts() {
        assertEquals("wrobel-lukasz-2026-03-02", Telechargement.nomDeFichier("Wróbel", "Łukasz", "2026-03-02"));
        assertEquals("o-brien-jean-marc", Telechargement.nomDeFichier("O’Brien", "Jean Marc"));
        assertEquals("document", Telechargement.nomDeFichier("李", "\"/"));
    }
}
