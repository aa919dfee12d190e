package fr.espaceentreprise.domain.salarie;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeVerificationTest {

    private static final String CODE = "0123456789ABCDEFGHJK";

    @Test
    void the_alphabet_is_crockford_base_32_without_the_look_alikes() {
        assertEquals(32, CodeVerification.ALPHABET.length());
        assertEquals(32, CodeVerification.ALPHABET.chars().distinct().count());
        for (char exclue : new char[] {'I', 'L', 'O', 'U'}) {
            assertFalse(CodeVerification.ALPHABET.indexOf(exclue) >= 0, String.valueOf(exclue));
        }
    }

    @Test
    void any_twenty_characters_of_the_alphabet_make_a_code() {
        Random hasard = new Random(20_26);
        for (int essai = 0; essai < 500; essai++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CodeVerification.LONGUEUR; i++) {
                code.append(CodeVerification.ALPHABET.charAt(hasard.nextInt(CodeVerification.ALPHABET.length())));
            }

            assertEquals(code.toString(), new CodeVerification(code.toString()).valeur());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdefghjk", "  0123456789ABCDEFGHJK  ", "0123456789AbCdEfGhJk"})
    void a_code_typed_in_lower_case_or_with_spaces_around_is_read(String saisie) {
        assertEquals(new CodeVerification(CODE), CodeVerification.de(saisie));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01234-56789-ABCDE-FGHJK", "01234 56789 abcde fghjk", " 01234-56789-ABCDE-FGHJK "})
    void a_code_typed_in_the_groups_the_paper_prints_is_read(String saisie) {
        assertEquals(new CodeVerification(CODE), CodeVerification.de(saisie));
    }

    @Test
    void the_printed_form_is_four_groups_of_five() {
        assertEquals("01234-56789-ABCDE-FGHJK", new CodeVerification(CODE).groupes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "L", "O", "U", "i", "l", "o", "u"})
    void the_look_alike_letters_are_refused(String lettre) {
        String code = CODE.substring(0, 19) + lettre;

        assertValeurInvalide("attestation.code.invalide", "code", () -> CodeVerification.de(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0123456789ABCDEFGHJ", "0123456789ABCDEFGHJKM", "0123456789-ABCDEFGHJ",
            "0123456789 ABCDEFGHJ", "0123456789ABCDEFGHJ!", "0123456789ABCDEFGHJÉ", "٠123456789ABCDEFGHJK"})
    void anything_but_twenty_characters_of_the_alphabet_is_refused(String saisie) {
        assertValeurInvalide("attestation.code.invalide", "code", () -> CodeVerification.de(saisie));
    }

    @Test
    void the_constructor_takes_the_canonical_form_only() {
        assertValeurInvalide("attestation.code.invalide", "code",
                () -> new CodeVerification(CODE.toLowerCase()));
    }
}
