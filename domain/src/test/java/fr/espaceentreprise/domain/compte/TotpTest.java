package fr.espaceentreprise.domain.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    /** The secret of RFC 4226 Appendix D and RFC 6238 Appendix B (SHA-1): the ASCII of "12345678901234567890". */
    private static final SecretTotp SECRET_DES_RFC =
            SecretTotp.de("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    /** RFC 6238's fourth instant: step 37037037, code 050471. */
    private static final Instant T = Instant.ofEpochSecond(1_111_111_111L);
    private static final long PAS = 37_037_037L;

    @ParameterizedTest(name = "counter {0} → {1}")
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
            "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"})
    void the_code_of_a_step_is_the_hotp_of_rfc_4226_appendix_d_at_that_counter(long compteur, String attendu) {
        assertEquals(attendu, Totp.code(SECRET_DES_RFC, compteur));
    }

    @ParameterizedTest(name = "at {0} s: step {1}, RFC code {2}, ours {3}")
    @CsvSource({
            "59, 1, 94287082, 287082",
            "1111111109, 37037036, 07081804, 081804",
            "1111111111, 37037037, 14050471, 050471",
            "1234567890, 41152263, 89005924, 005924",
            "2000000000, 66666666, 69279037, 279037",
            "20000000000, 666666666, 65353130, 353130"})
    void matches_rfc_6238_appendix_b_on_its_last_six_digits(long secondes, long pas, String codeRfc, String attendu) {
        Instant instant = Instant.ofEpochSecond(secondes);

        assertEquals(pas, Totp.pas(instant));
        assertEquals(attendu, Totp.code(SECRET_DES_RFC, Totp.pas(instant)));
        assertEquals(codeRfc.substring(codeRfc.length() - Totp.CHIFFRES), attendu);
    }

    @ParameterizedTest(name = "{0} s → step {1}")
    @CsvSource({"0, 0", "29, 0", "30, 1", "59, 1", "60, 2", "-1, -1", "-30, -1", "-31, -2"})
    void steps_are_30_seconds_counted_from_the_unix_epoch(long secondes, long pas) {
        assertEquals(pas, Totp.pas(Instant.ofEpochSecond(secondes)));
        assertEquals(pas, Totp.pas(Instant.ofEpochSecond(secondes, 999_999_999)), "the nanoseconds do not count");
    }

    @ParameterizedTest(name = "{0} step(s) away")
    @ValueSource(ints = {-1, 0, 1})
    void accepts_the_code_of_the_current_step_and_of_either_neighbour_and_answers_its_step(int decalage) {
        String code = Totp.code(SECRET_DES_RFC, PAS + decalage);

        assertEquals(OptionalLong.of(PAS + decalage), Totp.verifier(SECRET_DES_RFC, code, T, Long.MIN_VALUE));
    }

    @ParameterizedTest(name = "{0} steps away")
    @ValueSource(ints = {-10, -3, -2, 2, 3, 10})
    void refuses_the_code_of_a_step_two_or_more_away(int decalage) {
        String code = Totp.code(SECRET_DES_RFC, PAS + decalage);

        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_DES_RFC, code, T, Long.MIN_VALUE));
    }

    @Test
    void a_code_works_from_the_start_of_the_step_before_its_own_to_the_end_of_the_step_after() {
        String code = Totp.code(SECRET_DES_RFC, PAS);
        Instant debut = Instant.ofEpochSecond((PAS - 1) * 30);
        Instant fin = Instant.ofEpochSecond((PAS + 2) * 30);

        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_DES_RFC, code, debut.minusNanos(1), Long.MIN_VALUE));
        assertEquals(OptionalLong.of(PAS), Totp.verifier(SECRET_DES_RFC, code, debut, Long.MIN_VALUE));
        assertEquals(OptionalLong.of(PAS), Totp.verifier(SECRET_DES_RFC, code, fin.minusNanos(1), Long.MIN_VALUE));
        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_DES_RFC, code, fin, Long.MIN_VALUE));
    }

    @Test
    void refuses_the_code_of_the_step_last_accepted_so_that_it_cannot_be_replayed() {
        String code = Totp.code(SECRET_DES_RFC, PAS);

        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_DES_RFC, code, T, PAS));
    }

    @Test
    void refuses_the_code_of_a_step_before_the_last_accepted_even_inside_the_window() {
        String precedent = Totp.code(SECRET_DES_RFC, PAS - 1);

        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_DES_RFC, precedent, T, PAS - 1));
        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_DES_RFC, precedent, T, PAS + 1));
    }

    @Test
    void accepts_a_step_later_than_the_last_accepted() {
        assertEquals(OptionalLong.of(PAS + 1),
                Totp.verifier(SECRET_DES_RFC, Totp.code(SECRET_DES_RFC, PAS + 1), T, PAS));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"      ", "50471", "0504710", "05047l", "O50471", "050471a", "-50471", "+50471",
            "05.0471", "050-471", "٠٥٠٤٧١", "０５０４７１"})
    void refuses_what_is_not_six_ascii_digits(String saisi) {
        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_DES_RFC, saisi, T, Long.MIN_VALUE));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"050471", "050 471", " 050471 ", "0 5 0 4 7 1", "05 04 71"})
    void accepts_a_code_typed_with_spaces(String saisi) {
        assertEquals(OptionalLong.of(PAS), Totp.verifier(SECRET_DES_RFC, saisi, T, Long.MIN_VALUE));
    }

    @Test
    void another_secret_does_not_give_the_same_code() {
        SecretTotp autre = SecretTotp.de("12345678901234567891".getBytes(StandardCharsets.US_ASCII));

        assertEquals(OptionalLong.empty(), Totp.verifier(autre, "050471", T, Long.MIN_VALUE));
    }

    /** 200 secrets of every allowed size and instants between 1970 and 2100, drawn from a fixed seed. */
    static Stream<Arguments> secretsEtInstantsAuHasard() {
        Random hasard = new Random(6238);
        return IntStream.range(0, 200).mapToObj(i -> {
            byte[] octets = new byte[hasard.nextInt(10, 65)];
            hasard.nextBytes(octets);
            return Arguments.of(SecretTotp.de(octets), Instant.ofEpochSecond(hasard.nextLong(0, 4_102_444_800L)));
        });
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("secretsEtInstantsAuHasard")
    void the_code_of_the_current_step_is_always_accepted_once_and_answers_that_step(SecretTotp secret,
                                                                                 Instant instant) {
        long courant = Totp.pas(instant);
        String code = Totp.code(secret, courant);

        assertTrue(code.matches("[0-9]{6}"), code);
        assertEquals(OptionalLong.of(courant), Totp.verifier(secret, code, instant, courant - 1));
        Instant finDuPas = Instant.ofEpochSecond(courant * 30 + 29);
        assertEquals(OptionalLong.of(courant), Totp.verifier(secret, code, finDuPas, courant - 1), "to its end");
        assertEquals(OptionalLong.empty(), Totp.verifier(secret, code, instant, courant), "not twice");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("secretsEtInstantsAuHasard")
    void the_codes_of_the_neighbouring_steps_are_accepted_too(SecretTotp secret, Instant instant) {
        long courant = Totp.pas(instant);

        assertEquals(OptionalLong.of(courant + 1),
                Totp.verifier(secret, Totp.code(secret, courant + 1), instant, courant));
        assertEquals(OptionalLong.of(courant - 1),
                Totp.verifier(secret, Totp.code(secret, courant - 1), instant, courant - 2));
    }
}
