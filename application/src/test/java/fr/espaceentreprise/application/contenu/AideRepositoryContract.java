package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.contenu.Aide;
import fr.espaceentreprise.domain.contenu.RubriqueAide;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AideRepository}: the help of every rubrique, once, in the order of the rubriques, in French and English.
 * No port writes it (on PostgreSQL the migrations do): a subclass gives a world that holds it as delivered.
 */
public abstract class AideRepositoryContract extends PortContract {

    @Test
    void lists_the_help_of_every_rubrique_once_in_the_order_of_the_rubriques_in_french_and_english() {
        List<Aide> aides = enTransaction(() -> stockage().aide().lister());

        assertEquals(Arrays.asList(RubriqueAide.values()), aides.stream().map(Aide::rubrique).toList());
        aides.forEach(aide -> {
            assertFalse(aide.texte().fr().isBlank(), aide.rubrique() + " en français");
            assertFalse(aide.texte().en().isBlank(), aide.rubrique() + " in English");
        });
    }
}
