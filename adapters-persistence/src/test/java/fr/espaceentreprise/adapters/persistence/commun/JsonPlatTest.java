package fr.espaceentreprise.adapters.persistence.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonPlatTest {

    @Test
    void reads_back_what_it_writes_including_quotes_backslashes_control_characters_and_accents() {
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("message", "Ligne 1\nLigne \"2\"\t\\ fin\r\u0001");
        champs.put("objet", "Été à Zürich — 日本 😀");
        champs.put("absent", null);
        champs.put("vide", "");

        assertEquals(champs, JsonPlat.lire(JsonPlat.ecrire(champs)));
    }

    @Test
    void reads_the_spacing_and_escapes_postgresql_gives_back() {
        assertEquals(Map.of("a", "x/y", "b", "é😀"),
                JsonPlat.lire(" {\"a\": \"x\\/y\" ,\n \"b\" : \"\\u00e9\\ud83d\\ude00\"} "));
        assertEquals(Map.of(), JsonPlat.lire("{ }"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"a\": 1}", "{\"a\": true}", "{\"a\": {}}", "{\"a\": \"b\"", "{\"a\" \"b\"}",
            "{\"a\": \"b\"} x", "{\"a\": \"\\q\"}", "{\"a\": \"\\u12\"}", "{\"a\": nul}"})
    void refuses_anything_but_a_flat_object_of_strings(String json) {
        assertThrows(IllegalStateException.class, () -> JsonPlat.lire(json));
    }
}
