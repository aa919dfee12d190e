package fr.espaceentreprise.domain.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleDeTriTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Łukasz Wróbel | lukasz wrobel",
            "Şükrü Çelik | sukru celik",
            "Nguyễn | nguyen",
            "Trần Thị Ngọc Ánh | tran thi ngoc anh",
            "Þóra | thora",
            "Østergaard | ostergaard",
            "Groß | gross",
            "Ærøskøbing | aeroskobing",
            "Œuvray | oeuvray",
            "Đặng | dang",
            "Guðrún | gudrun",
            "Yıldız | yildiz",
            "Ħal Far | hal far",
            "Dvořák | dvorak",
            "Müller-Lüdenscheidt | muller-ludenscheidt",
            "O’Brien | o'brien",
            "DURAND | durand"})
    void a_name_from_any_country_is_spelt_in_plain_lower_case_latin(String nom, String cle) {
        assertEquals(cle, CleDeTri.de(nom));
    }

    @Test
    void runs_of_spaces_of_any_kind_fold_into_one_and_the_ends_are_trimmed() {
        assertEquals("de la fontaine", CleDeTri.de("  De   la\tFontaine \n"));
        assertEquals("van der berg", CleDeTri.de("van\u2003der\u00A0\u00A0berg"));
        assertEquals("van der berg", CleDeTri.de("\u00A0van der berg\u202F\u00A0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Héloïse", "Łukasz Wróbel", "Nguyễn Văn Ánh", "Şükrü Çelik",
            "Þóra Ægisdóttir"})
    void a_name_typed_with_decomposed_accents_has_the_key_of_the_same_name_precomposed(String nom) {
        String decompose = Normalizer.normalize(nom, Normalizer.Form.NFD);

        assertEquals(CleDeTri.de(nom), CleDeTri.de(decompose));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Wróbel", "  ÉLODIE  ", "Groß", "Þóra", "Ngọc"})
    void a_key_is_its_own_key(String nom) {
        String cle = CleDeTri.de(nom);

        assertEquals(cle, CleDeTri.de(cle));
    }

    @Test
    void case_and_accents_do_not_change_the_key() {
        assertEquals(CleDeTri.de("Émile Zola"), CleDeTri.de("emile zola"));
        assertEquals(CleDeTri.de("ÇELIK"), CleDeTri.de("çelik"));
    }

    @Test
    void keys_order_names_as_a_reader_expects_whatever_their_accents() {
        List<String> noms = new ArrayList<>(List.of("Zola", "Łukasz", "Émile", "Lucas", "Ærø", "Adam", "Œdipe",
                "Oscar", "Ødegaard", "Çelik", "Cohen"));

        noms.sort(Comparator.comparing(CleDeTri::de));

        assertEquals(List.of("Adam", "Ærø", "Çelik", "Cohen", "Émile", "Lucas", "Łukasz", "Ødegaard", "Œdipe",
                "Oscar", "Zola"), noms);
    }

    @Test
    void a_search_by_the_start_of_a_name_finds_it_whatever_accents_and_case_were_typed() {
        String cle = CleDeTri.de("Wróbel-Łęcki");

        assertTrue(cle.startsWith(CleDeTri.de("WROB")));
        assertTrue(cle.startsWith(CleDeTri.de("wróbel-łę")));
    }
}
