package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EmpreinteJetonTest {

    @Test
    void is_the_sha_256_of_the_token_in_lower_case_hex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", EmpreinteJeton.de("").valeur());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                EmpreinteJeton.de("abc").valeur());
    }

    @Test
    void two_tokens_never_share_a_hash_in_practice() {
        assertNotEquals(EmpreinteJeton.de("jeton-1"), EmpreinteJeton.de("jeton-2"));
        assertEquals(EmpreinteJeton.de("jeton-1"), EmpreinteJeton.de("jeton-1"));
    }
}
