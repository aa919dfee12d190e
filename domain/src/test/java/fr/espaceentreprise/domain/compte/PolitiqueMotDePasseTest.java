package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolitiqueMotDePasseTest {

    private static char[] deLongueur(int caracteres) {
        return "a".repeat(caracteres).toCharArray();
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {12, 13, 64, 127, 128})
    void accepts_any_length_from_12_to_128_characters(int longueur) {
        assertDoesNotThrow(() -> PolitiqueMotDePasse.verifierLongueur(deLongueur(longueur), "nouveauMotDePasse"));
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {1, 8, 11})
    void refuses_fewer_than_12_characters_naming_the_minimum(int longueur) {
        ValeurInvalideException erreur = assertValeurInvalide("motDePasse.trop_court", "nouveauMotDePasse",
                () -> PolitiqueMotDePasse.verifierLongueur(deLongueur(longueur), "nouveauMotDePasse"));
        assertEquals(Map.of("min", 12), erreur.parametres());
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {129, 256, 257, 100_000})
    void refuses_more_than_128_characters_naming_the_maximum(int longueur) {
        ValeurInvalideException erreur = assertValeurInvalide("motDePasse.trop_long", "motDePasse",
                () -> PolitiqueMotDePasse.verifierLongueur(deLongueur(longueur), "motDePasse"));
        assertEquals(Map.of("max", 128), erreur.parametres());
    }

    @Test
    void refuses_a_missing_or_empty_password_as_a_required_field() {
        assertValeurInvalide("champ.obligatoire", "motDePasse",
                () -> PolitiqueMotDePasse.verifierLongueur(null, "motDePasse"));
        assertValeurInvalide("champ.obligatoire", "motDePasse",
                () -> PolitiqueMotDePasse.verifierLongueur(new char[0], "motDePasse"));
    }

    @Test
    void counts_characters_outside_the_basic_plane_once_each() {
        String emoji = "\uD83D\uDD12"; // one code point, two chars
        char[] douzeEmojis = emoji.repeat(12).toCharArray();
        char[] onzeEmojis = emoji.repeat(11).toCharArray();
        char[] centVingtHuitEmojis = emoji.repeat(128).toCharArray();

        assertDoesNotThrow(() -> PolitiqueMotDePasse.verifierLongueur(douzeEmojis, "motDePasse"));
        assertDoesNotThrow(() -> PolitiqueMotDePasse.verifierLongueur(centVingtHuitEmojis, "motDePasse"));
        assertValeurInvalide("motDePasse.trop_court", "motDePasse",
                () -> PolitiqueMotDePasse.verifierLongueur(onzeEmojis, "motDePasse"));
    }

    @Test
    void accepts_any_composition_spaces_and_accents_included() {
        assertDoesNotThrow(() -> PolitiqueMotDePasse.verifierLongueur(
                "là où   l'été dure".toCharArray(), "motDePasse"));
    }

    @Test
    void leaves_the_password_untouched() {
        char[] motDePasse = "  Majuscules ET espaces  ".toCharArray();
        PolitiqueMotDePasse.verifierLongueur(motDePasse, "motDePasse");
        assertEquals("  Majuscules ET espaces  ", new String(motDePasse));
    }

    @Test
    void tells_whether_a_typed_password_is_longer_than_any_that_may_exist() {
        assertFalse(PolitiqueMotDePasse.depasseLaLongueurMax(deLongueur(128)));
        assertTrue(PolitiqueMotDePasse.depasseLaLongueurMax(deLongueur(129)));
        assertFalse(PolitiqueMotDePasse.depasseLaLongueurMax("\uD83D\uDD12".repeat(128).toCharArray()));
    }
}
