package fr.espaceentreprise.adapters.persistence.commun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleDeChiffrementTest {

    @Test
    void a_new_key_is_32_random_bytes_that_read_back_from_their_base64() {
        CleDeChiffrement cle = CleDeChiffrement.nouvelle();

        assertEquals(32, Base64.getDecoder().decode(cle.enBase64()).length);
        assertArrayEquals(cle.octets(), CleDeChiffrement.depuisBase64(cle.enBase64()).octets());
        assertNotEquals(cle.enBase64(), CleDeChiffrement.nouvelle().enBase64());
    }

    @Test
    void the_white_space_around_a_key_pasted_into_a_variable_is_ignored() {
        String base64 = CleDeChiffrement.nouvelle().enBase64();

        assertEquals(base64, CleDeChiffrement.depuisBase64(" " + base64 + "\n").enBase64());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c2VjcmV0", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYwMQ==", "pas du base 64 !"})
    void refuses_a_key_that_is_not_32_bytes_of_base64_naming_the_variable_and_not_the_value(String valeur) {
        IllegalArgumentException refus = assertThrows(IllegalArgumentException.class,
                () -> CleDeChiffrement.depuisBase64(valeur));

        assertTrue(refus.getMessage().contains("ESPACE_CLE_SECRETS"), refus.getMessage());
        assertFalse(!valeur.isEmpty() && refus.getMessage().contains(valeur), refus.getMessage());
    }

    @Test
    void its_text_never_shows_the_key() {
        CleDeChiffrement cle = CleDeChiffrement.nouvelle();

        assertFalse(cle.toString().contains(cle.enBase64()), cle.toString());
    }
}
