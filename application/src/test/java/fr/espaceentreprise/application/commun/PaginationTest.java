package fr.espaceentreprise.application.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaginationTest {

    @Test
    void a_cursor_reads_back_what_it_wrote_to_the_nanosecond() {
        CurseurChronologique curseur = new CurseurChronologique(Instant.parse("2026-03-02T08:00:00.123456789Z"),
                UUID.randomUUID());

        assertEquals(curseur, CurseurChronologique.decoder(curseur.encoder()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pas-un-curseur", "MTIz", "!!!"})
    void anything_else_is_not_a_cursor(String texte) {
        assertValeurInvalide("curseur.invalide", "curseur", () -> CurseurChronologique.decoder(texte));
    }

    @Test
    void a_page_read_with_one_extra_element_knows_there_is_a_next_one() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        UUID c = UUID.randomUUID();

        Page<Integer, CurseurChronologique> page = Page.depuis(List.of(1, 2, 3), 2, n -> new CurseurChronologique(t.plusSeconds(n), c));
        Page<Integer, CurseurChronologique> derniere = Page.depuis(List.of(1, 2), 2, n -> new CurseurChronologique(t.plusSeconds(n), c));

        assertEquals(List.of(1, 2), page.elements());
        assertEquals(Optional.of(new CurseurChronologique(t.plusSeconds(2), c)), page.suivant());
        assertEquals(Optional.empty(), derniere.suivant());
    }
}
