package fr.espaceentreprise.application.cotisation;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CurseurAppelsTest {

    private static final UUID ID = UUID.fromString("0b9e5a4c-1d2e-4f3a-8b7c-6d5e4f3a2b1c");

    @ParameterizedTest
    @ValueSource(strings = {"2024-04-15", "2000-01-01", "2100-12-31", "2024-02-29"})
    void a_cursor_reads_back_what_it_wrote(String echeance) {
        CurseurAppels curseur = new CurseurAppels(LocalDate.parse(echeance), ID);

        String texte = curseur.encoder();

        assertTrue(texte.matches("[A-Za-z0-9_-]+"), texte);
        assertEquals(curseur, CurseurAppels.decoder(texte));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"!!!", "MjAyNC0wNC0xNQ", "a b"})
    void anything_that_is_not_an_encoded_cursor_is_refused(String texte) {
        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurAppels.decoder(texte));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30.%s", "2024-4-15.%s", "2024-04-15.%s.x", "2024-04-15..%s", "2024-04-15"})
    void a_cursor_with_a_bad_date_or_shape_is_refused(String forme) {
        String texte = encoder(forme.formatted(ID));

        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurAppels.decoder(texte));
    }

    @Test
    void a_cursor_with_padding_or_a_non_canonical_uuid_is_refused() {
        String padde = Base64.getUrlEncoder().encodeToString(("2024-04-15." + ID).getBytes(StandardCharsets.US_ASCII));
        String majuscules = encoder("2024-04-15." + ID.toString().toUpperCase());

        assertTrue(padde.endsWith("="), padde);
        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurAppels.decoder(padde));
        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurAppels.decoder(majuscules));
    }

    private static String encoder(String texte) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(texte.getBytes(StandardCharsets.US_ASCII));
    }
}
