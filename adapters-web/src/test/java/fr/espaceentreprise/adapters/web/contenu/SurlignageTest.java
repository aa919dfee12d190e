package fr.espaceentreprise.adapters.web.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SurlignageTest {

    private static String marque(String texte, String recherche) {
        return Surlignage.decouper(texte, Surlignage.mots(recherche)).stream()
                .map(morceau -> morceau.trouve() ? "[" + morceau.texte() + "]" : morceau.texte())
                .collect(Collectors.joining());
    }

    @Test
    void every_occurrence_of_every_word_is_marked_whatever_its_case() {
        assertEquals("[Mot] de [passe] : [mot] de [PASSE]", marque("Mot de passe : mot de PASSE", "passe MOT"));
    }

    @Test
    void overlapping_words_make_one_mark_and_a_text_without_them_is_one_plain_piece() {
        assertEquals("l'[attestation] du salarié", marque("l'attestation du salarié", "attest station"));
        assertEquals(List.of(new Surlignage.Morceau("rien", false)), Surlignage.decouper("rien", List.of("x")));
        assertEquals(List.of(), Surlignage.decouper("", List.of("x")));
    }
}
