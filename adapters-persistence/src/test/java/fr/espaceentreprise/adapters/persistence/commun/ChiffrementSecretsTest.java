package fr.espaceentreprise.adapters.persistence.commun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChiffrementSecretsTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final ChiffrementSecrets chiffrement = new ChiffrementSecrets(CleDeChiffrement.nouvelle());

    /** Test case 15 of the GCM specification (McGrew and Viega): AES-256, 96-bit IV, no additional data. */
    @Test
    void reads_the_aes_256_gcm_test_vector_laid_out_as_nonce_ciphertext_tag() {
        CleDeChiffrement cle = CleDeChiffrement.depuisBase64(Base64.getEncoder().encodeToString(
                HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")));
        byte[] valeur = HEX.parseHex("cafebabefacedbaddecaf888"
                + "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
                + "b094dac5d93471bdec1a502270e3cc6c");

        byte[] clair = new ChiffrementSecrets(cle).dechiffrer(valeur, "");

        assertEquals("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255", HEX.formatHex(clair));
    }

    @Test
    void a_secret_reads_back_and_each_encryption_draws_a_new_nonce() {
        byte[] premier = chiffrement.chiffrer(SECRET, "second_facteur:u1");
        byte[] second = chiffrement.chiffrer(SECRET, "second_facteur:u1");

        assertEquals(ChiffrementSecrets.OCTETS_NONCE + SECRET.length + ChiffrementSecrets.OCTETS_ETIQUETTE,
                premier.length);
        assertFalse(Arrays.equals(Arrays.copyOf(premier, 12), Arrays.copyOf(second, 12)), "a nonce drawn twice");
        assertArrayEquals(SECRET, chiffrement.dechiffrer(premier, "second_facteur:u1"));
        assertArrayEquals(SECRET, chiffrement.dechiffrer(second, "second_facteur:u1"));
    }

    @Test
    void another_key_another_context_or_an_altered_byte_does_not_read() {
        byte[] valeur = chiffrement.chiffrer(SECRET, "second_facteur:u1");
        byte[] altere = valeur.clone();
        altere[20] ^= 1;

        for (Runnable lecture : new Runnable[] {
                () -> new ChiffrementSecrets(CleDeChiffrement.nouvelle()).dechiffrer(valeur, "second_facteur:u1"),
                () -> chiffrement.dechiffrer(valeur, "second_facteur:u2"),
                () -> chiffrement.dechiffrer(altere, "second_facteur:u1"),
                () -> chiffrement.dechiffrer(Arrays.copyOf(valeur, 27), "second_facteur:u1")}) {
            IllegalStateException refus = assertThrows(IllegalStateException.class, lecture::run);
            assertTrue(refus.getMessage().contains("ESPACE_CLE_SECRETS"), refus.getMessage());
        }
    }
}
