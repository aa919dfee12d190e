package fr.espaceentreprise.application.salarie;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CurseurSalariesTest {

    private static final UUID ID = UUID.fromString("0b9e5a4c-1d2e-4f3a-8b7c-6d5e4f3a2b1c");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "durand | camille",
            "lukasz wrobel | thora",
            "de la fontaine | jean-pierre",
            "o'brien | \" '\"",
            "nguyen | 李",
            "\"\" | \"\""})
    void a_cursor_reads_back_what_it_wrote(String nomTri, String prenomTri) {
        CurseurSalaries curseur = new CurseurSalaries(nomTri, prenomTri, ID);

        assertEquals(curseur, CurseurSalaries.decoder(curseur.encoder()));
    }

    @Test
    void the_encoded_cursor_is_url_safe_without_padding() {
        String texte = new CurseurSalaries("ærø ñandú ¿?", "x>y/z+", ID).encoder();

        assertTrue(texte.matches("[A-Za-z0-9_-]+"), texte);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"!!!", "ZHVyYW5k", "ZHVyYW5kCmNhbWlsbGUKbm9uLXV1aWQ", "a b"})
    void anything_that_is_not_an_encoded_cursor_is_refused(String texte) {
        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurSalaries.decoder(texte));
    }

    @Test
    void a_cursor_with_padding_or_a_non_canonical_uuid_is_refused() {
        String padde = Base64.getUrlEncoder().encodeToString(clair("durand\ncamil\n" + ID));
        String uuidMajuscules = encoder("durand\ncamille\n" + ID.toString().toUpperCase());

        assertTrue(padde.endsWith("="), padde);
        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurSalaries.decoder(padde));
        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurSalaries.decoder(uuidMajuscules));
    }

    @Test
    void a_cursor_with_too_many_parts_or_a_control_character_is_refused() {
        assertValeurInvalide("curseur.invalide", "curseur",
                () -> CurseurSalaries.decoder(encoder("durand\ncamille\nx\n" + ID)));
        assertValeurInvalide("curseur.invalide", "curseur",
                () -> CurseurSalaries.decoder(encoder("dur\u0000and\ncamille\n" + ID)));
    }

    @Test
    void a_cursor_that_is_not_utf_8_is_refused() {
        byte[] octets = clair("durand\ncamille\n" + ID);
        octets[0] = (byte) 0xC3;
        String texte = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);

        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurSalaries.decoder(texte));
    }

    @Test
    void an_overlong_cursor_is_refused_before_being_decoded() {
        assertValeurInvalide("curseur.invalide", "curseur",
                () -> CurseurSalaries.decoder(new CurseurSalaries("a".repeat(2_000), "b", ID).encoder()));
    }

    private static byte[] clair(String texte) {
        return texte.getBytes(StandardCharsets.UTF_8);
    }

    private static String encoder(String texte) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(clair(texte));
    }
}
