package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTotpTest {

    /** The secret of the demo accounts, as a user would type it in his app. */
    private static final String DEMO = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void the_demo_secret_is_twenty_bytes_the_size_new_secrets_have() {
        SecretTotp secret = SecretTotp.depuisBase32(DEMO);

        assertEquals(SecretTotp.OCTETS, secret.octets().length);
        assertEquals(20, SecretTotp.OCTETS);
        assertArrayEquals("Hello!\u00de\u00ad\u00be\u00ef".getBytes(StandardCharsets.ISO_8859_1),
                Arrays.copyOf(secret.octets(), 10));
        assertEquals(DEMO, secret.enBase32());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"jbswy3dpehpk3pxpjbswy3dpehpk3pxp", "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP",
            "jbsw-y3dp-ehpk-3pxp-jbsw-y3dp-ehpk-3pxp", " JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP "})
    void reads_the_secret_as_people_copy_it(String texte) {
        assertEquals(SecretTotp.depuisBase32(DEMO), SecretTotp.depuisBase32(texte));
    }

    @Test
    void every_allowed_size_comes_back_from_its_base_32() {
        Random hasard = new Random(6238);
        for (int taille = 10; taille <= 64; taille++) {
            byte[] octets = new byte[taille];
            hasard.nextBytes(octets);
            SecretTotp secret = SecretTotp.de(octets);

            assertEquals(secret, SecretTotp.depuisBase32(secret.enBase32()));
            assertArrayEquals(octets, SecretTotp.depuisBase32(secret.enBase32()).octets());
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"JBSWY3DPEHPK3PX0", "JBSWY3DPEHPK3PX1", "JBSWY3DPEHPK3PX!", "JBSWY3DPEHPK3PXÉ",
            "JBSWY3DPEHPK3PXP;", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP"})
    void refuses_what_is_not_base_32(String texte) {
        assertValeurInvalide("secondFacteur.secret.invalide", "secret", () -> SecretTotp.depuisBase32(texte));
    }

    @ParameterizedTest(name = "{0} bytes: {1}")
    @CsvSource({"0, false", "9, false", "10, true", "20, true", "64, true", "65, false", "128, false"})
    void holds_between_10_and_64_bytes(int taille, boolean accepte) {
        byte[] octets = new byte[taille];
        String texte = Base32.encoder(octets);

        if (accepte) {
            assertEquals(taille, SecretTotp.de(octets).octets().length);
            assertEquals(taille, SecretTotp.depuisBase32(texte).octets().length);
        } else {
            assertValeurInvalide(SecretTotp.INVALIDE, "secret", () -> SecretTotp.de(octets));
            assertValeurInvalide(SecretTotp.INVALIDE, "secret", () -> SecretTotp.depuisBase32(texte));
        }
    }

    @Test
    void refuses_no_bytes_at_all() {
        assertValeurInvalide(SecretTotp.INVALIDE, "secret", () -> SecretTotp.de(null));
    }

    @Test
    void its_bytes_cannot_be_changed_from_outside() {
        byte[] octets = new byte[20];
        SecretTotp secret = SecretTotp.de(octets);

        octets[0] = 1;
        secret.octets()[1] = 1;

        assertArrayEquals(new byte[20], secret.octets());
    }

    @Test
    void two_secrets_are_equal_on_their_bytes() {
        assertEquals(SecretTotp.de(new byte[20]), SecretTotp.de(new byte[20]));
        assertEquals(SecretTotp.de(new byte[20]).hashCode(), SecretTotp.de(new byte[20]).hashCode());
        assertNotEquals(SecretTotp.de(new byte[20]), SecretTotp.de(new byte[21]));
    }

    @Test
    void the_uri_is_the_key_uri_authenticator_apps_read_from_a_qr_code() {
        assertEquals("otpauth://totp/EspaceEntreprise:12345678?secret=" + DEMO
                        + "&issuer=EspaceEntreprise&algorithm=SHA1&digits=6&period=30",
                SecretTotp.depuisBase32(DEMO).uri("EspaceEntreprise", "12345678"));
    }

    @Test
    void the_uri_percent_encodes_spaces_accents_and_reserved_characters_of_the_label() {
        String uri = SecretTotp.depuisBase32(DEMO).uri("Mutuelle Générale", "camille+rh@example.fr");

        assertEquals("otpauth://totp/Mutuelle%20G%C3%A9n%C3%A9rale:camille%2Brh%40example.fr?secret=" + DEMO
                + "&issuer=Mutuelle%20G%C3%A9n%C3%A9rale&algorithm=SHA1&digits=6&period=30", uri);
    }

    @Test
    void a_colon_in_the_issuer_or_the_account_cannot_be_taken_for_the_label_separator() {
        String uri = SecretTotp.depuisBase32(DEMO).uri("A:B", "c:d");

        assertEquals("otpauth://totp/A%3AB:c%3Ad?", uri.substring(0, uri.indexOf('?') + 1));
    }

    @Test
    void its_text_never_shows_the_secret() {
        SecretTotp secret = SecretTotp.depuisBase32(DEMO);

        assertEquals("SecretTotp[20 octets]", secret.toString());
        assertFalse(secret.toString().contains(DEMO.substring(0, 8)));
        assertFalse(secret.toString().contains("Hello"));
    }
}
