package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    private static final String CODE = "un.code.de.l.appelant";

    private static byte[] ascii(String texte) {
        return texte.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({"'', '', ''", "f, MY, MY======", "fo, MZXQ, MZXQ====", "foo, MZXW6, MZXW6===",
            "foob, MZXW6YQ, MZXW6YQ=", "fooba, MZXW6YTB, MZXW6YTB", "foobar, MZXW6YTBOI, MZXW6YTBOI======"})
    void encodes_and_decodes_the_test_vectors_of_rfc_4648_without_their_padding(String texte, String base32,
                                                                                String avecBourrage) {
        assertEquals(base32, Base32.encoder(ascii(texte)));
        assertArrayEquals(ascii(texte), Base32.decoder(base32, CODE));
        assertArrayEquals(ascii(texte), Base32.decoder(avecBourrage, CODE), "padding is ignored");
    }

    @Test
    void any_bytes_come_back_from_their_base_32() {
        Random hasard = new Random(4648);
        for (int essai = 0; essai < 500; essai++) {
            byte[] octets = new byte[hasard.nextInt(0, 100)];
            hasard.nextBytes(octets);

            String texte = Base32.encoder(octets);

            assertEquals(texte.length(), (octets.length * 8 + 4) / 5, "no padding");
            assertEquals(texte, texte.replaceAll("[^A-Z2-7]", ""), "the alphabet only");
            assertArrayEquals(octets, Base32.decoder(texte, CODE));
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"mzxw6ytboi", "MzXw6YtBoI", "MZXW 6YTB OI", "mzxw-6ytb-oi", " MZXW6YTBOI======",
            "M-Z X=W6YTBOI"})
    void reads_lower_case_spaces_dashes_and_padding_as_people_copy_them(String texte) {
        assertArrayEquals(ascii("foobar"), Base32.decoder(texte, CODE));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"MZXW6YTB0I", "MZXW6YTB1I", "MZXW6YTB8I", "MZXW6YTB9I", "MZXW6YTBO!", "MZXW_6YTBOI",
            "MZXW6YTBOÉ", "MZXW6YTB+I", "MZXW6YTB/I"})
    void refuses_any_other_character_with_the_code_it_is_given(String texte) {
        assertValeurInvalide(CODE, "secret", () -> Base32.decoder(texte, CODE));
    }
}
