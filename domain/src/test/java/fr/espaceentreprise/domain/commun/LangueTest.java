package fr.espaceentreprise.domain.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LangueTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", " en ", "en-GB", "en_US", "EN-us"})
    void reads_english(String code) {
        assertEquals(Langue.EN, Langue.depuisCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "FR", "fr-CA", "fr_BE"})
    void reads_french(String code) {
        assertEquals(Langue.FR, Langue.depuisCode(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "de", "es-ES", "eng", "english", "e", "xx-en"})
    void defaults_to_french_for_anything_else(String code) {
        assertEquals(Langue.FR, Langue.depuisCode(code));
    }

    @Test
    void gives_its_lower_case_code() {
        assertEquals("fr", Langue.FR.code());
        assertEquals("en", Langue.EN.code());
    }
}
