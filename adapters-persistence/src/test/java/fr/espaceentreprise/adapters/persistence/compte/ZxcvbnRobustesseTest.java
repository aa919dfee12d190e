package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZxcvbnRobustesseTest {

    /** What the use cases pass: numéro d'adhérent, prénom, nom, e-mail, date de naissance, raison sociale. */
    private static final List<String> JEAN_DUPONT_CHEZ_ATLAS = List.of("10000001", "Jean", "Dupont",
            "jean.dupont@atlas-ingenierie.fr", "1985-03-14", "Atlas Ingénierie");

    private static final ZxcvbnRobustesse ROBUSTESSE = new ZxcvbnRobustesse();

    @ParameterizedTest
    @ValueSource(strings = {"password123456", "azertyuiopqs", "qwertyuiop123", "motdepasse2024", "123456789012",
        "aaaaaaaaaaaa", "abcdefghijkl"})
    void refuses_common_passwords_and_keyboard_patterns_of_twelve_characters_or_more(String motDePasse) {
        assertTrue(ROBUSTESSE.estTropPrevisible(motDePasse.toCharArray(), List.of()), motDePasse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlas Ingénierie 2026", "AtlasIngénierie2026", "Atlas-Ingénierie-2026!",
        "1000000110000001", "10000001-10000001-10000001", "JeanDupont1985!", "Jean.Dupont.14031985",
        "jean.dupont@atlas", "Dupont-Jean-10000001"})
    void refuses_a_password_made_of_the_users_own_data(String motDePasse) {
        assertTrue(ROBUSTESSE.estTropPrevisible(motDePasse.toCharArray(), JEAN_DUPONT_CHEZ_ATLAS), motDePasse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlas-Ingénierie-2026!", "Jean.Dupont.14031985", "jean.dupont@atlas"})
    void the_same_password_passes_for_someone_else_so_it_is_the_users_data_that_refuse_it(String motDePasse) {
        List<String> quelquUnDAutre = List.of("20000001", "Marie", "Lefebvre", "m.lefebvre@courtage.fr",
                "1990-07-01", "Courtage du Sud");

        assertFalse(ROBUSTESSE.estTropPrevisible(motDePasse.toCharArray(), quelquUnDAutre), motDePasse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cheval-Batterie-Agrafe-Correct-42", "Mon chien s'appelle Rex depuis 2019",
        "ZephyrineKowalczyk1987", "vK7#qP2m!xR9wLz4"})
    void accepts_a_long_passphrase_or_a_random_password(String motDePasse) {
        assertFalse(ROBUSTESSE.estTropPrevisible(motDePasse.toCharArray(), JEAN_DUPONT_CHEZ_ATLAS), motDePasse);
    }

    @Test
    void leaves_the_callers_array_intact_for_the_hash_that_follows() {
        char[] motDePasse = "Cheval-Batterie-Agrafe-Correct-42".toCharArray();

        ROBUSTESSE.estTropPrevisible(motDePasse, JEAN_DUPONT_CHEZ_ATLAS);

        assertArrayEquals("Cheval-Batterie-Agrafe-Correct-42".toCharArray(), motDePasse);
    }

    @Test
    void the_users_data_enter_the_dictionary_whole_run_together_word_by_word_and_two_by_two() {
        List<String> dictionnaire = ZxcvbnRobustesse.dictionnaireDeLUtilisateur(
                List.of("Atlas Ingénierie", "1985-03-14", "Li"));

        assertTrue(dictionnaire.containsAll(List.of("atlas ingénierie", "atlasingénierie", "atlas", "ingénierie",
                "1985-03-14", "19850314", "1985", "li", "atlasingénierieli", "liatlasingénierie")),
                dictionnaire.toString());
    }
}
