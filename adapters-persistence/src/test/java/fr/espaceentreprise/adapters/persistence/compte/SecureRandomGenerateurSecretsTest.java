package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.compte.SecretTotp;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecureRandomGenerateurSecretsTest {

    private static final int TIRAGES = 2_000;

    private final SecureRandomGenerateurSecrets generateur = new SecureRandomGenerateurSecrets();

    @Test
    void a_token_is_256_random_bits_in_url_safe_base64_without_padding() {
        List<String> jetons = IntStream.range(0, TIRAGES).mapToObj(i -> generateur.jeton()).toList();

        for (String jeton : jetons) {
            assertTrue(jeton.matches("[A-Za-z0-9_-]{43}"), jeton);
            assertEquals(32, Base64.getUrlDecoder().decode(jeton).length);
        }
        assertEquals(TIRAGES, Set.copyOf(jetons).size(), "no token drawn twice");
    }

    @Test
    void a_temporary_password_is_16_characters_of_letters_and_digits_without_look_alikes() {
        Set<String> motsDePasse = new HashSet<>();
        Set<Character> vus = new HashSet<>();
        for (int i = 0; i < TIRAGES; i++) {
            char[] motDePasse = generateur.motDePasseProvisoire();
            assertEquals(16, motDePasse.length);
            for (char c : motDePasse) {
                assertTrue(Character.isLetterOrDigit(c) && c < 128, () -> "not an ASCII letter or digit: " + c);
                assertTrue("0O1lIo".indexOf(c) < 0, () -> "look-alike drawn: " + c);
                vus.add(c);
            }
            motsDePasse.add(new String(motDePasse));
        }

        assertEquals(TIRAGES, motsDePasse.size(), "no password drawn twice");
        assertEquals(SecureRandomGenerateurSecrets.ALPHABET_MOT_DE_PASSE_PROVISOIRE.chars()
                .mapToObj(c -> (char) c).collect(Collectors.toSet()), vus, "the whole alphabet is drawn from");
        assertEquals(56, vus.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6, 8, 18})
    void a_numeric_code_has_exactly_the_digits_asked_for_leading_zeros_kept(int chiffres) {
        List<String> codes = IntStream.range(0, TIRAGES).mapToObj(i -> generateur.codeNumerique(chiffres)).toList();

        codes.forEach(code -> assertTrue(code.matches("[0-9]{" + chiffres + "}"), code));
        assertTrue(codes.stream().anyMatch(code -> code.startsWith("0")), "a leading zero is kept");
        for (int position = 0; position < chiffres; position++) {
            int rang = position;
            assertEquals(10, codes.stream().map(code -> code.charAt(rang)).distinct().count(),
                    "every digit appears at position " + position);
        }
    }

    @Test
    void six_digit_codes_rarely_repeat() {
        Set<String> codes = IntStream.range(0, TIRAGES).mapToObj(i -> generateur.codeNumerique(6))
                .collect(Collectors.toSet());

        // 2000 draws among a million: a handful of collisions at most, far from a stuck generator.
        assertTrue(codes.size() > TIRAGES - 20, () -> codes.size() + " distinct codes");
    }

    @Test
    void a_totp_secret_is_20_random_bytes() {
        List<SecretTotp> secrets = IntStream.range(0, TIRAGES).mapToObj(i -> generateur.secretTotp()).toList();

        secrets.forEach(secret -> assertEquals(SecretTotp.OCTETS, secret.octets().length));
        assertEquals(TIRAGES, Set.copyOf(secrets).size(), "no secret drawn twice");
    }

    @Test
    void a_recovery_code_is_four_groups_of_four_characters_of_32_without_look_alikes() {
        Set<String> codes = new HashSet<>();
        Set<Character> vus = new HashSet<>();
        for (int i = 0; i < TIRAGES; i++) {
            String code = generateur.codeDeSecours();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}"), code);
            code.replace("-", "").chars().forEach(c -> vus.add((char) c));
            codes.add(code);
        }

        assertEquals(TIRAGES, codes.size(), "no code drawn twice");
        assertEquals(32, SecureRandomGenerateurSecrets.ALPHABET_CODE_DE_SECOURS.length(), "5 bits a character");
        assertEquals(32, vus.size(), "the whole alphabet is drawn from");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 19})
    void refuses_a_code_length_that_makes_no_sense(int chiffres) {
        assertThrows(IllegalArgumentException.class, () -> generateur.codeNumerique(chiffres));
    }
}
