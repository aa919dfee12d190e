package fr.espaceentreprise.application.commun;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a keyset-paged list, and where the next one starts (empty on the last page).
 *
 * @param <T> the elements
 * @param <C> the cursor of that list
 */
public record Page<T, C extends Curseur>(List<T> elements, Optional<C> suivant) {

    public static final int TAILLE_MAX = 100;
    public static final int TAILLE_PAR_DEFAUT = 20;

    public Page {
        elements = List.copyOf(elements);
        Objects.requireNonNull(suivant, "suivant");
    }

    /** Checks a page size asked for: 1 to {@value #TAILLE_MAX} ("pagination.taille.invalide", field "taille"). */
    public static int tailleValide(int taille) {
        if (taille < 1 || taille > TAILLE_MAX) {
            throw new ValeurInvalideException("pagination.taille.invalide", "taille",
                    Map.of("min", 1, "max", TAILLE_MAX));
        }
        return taille;
    }

    /**
     * The page out of {@code lus}, read with one element more than {@code taille}: that extra element only tells
     * that a next page exists, which starts after the last element kept.
     */
    public static <T, C extends Curseur> Page<T, C> depuis(List<T> lus, int taille, Function<T, C> curseur) {
        if (lus.size() <= taille) {
            return new Page<>(lus, Optional.empty());
        }
        List<T> gardes = lus.subList(0, taille);
        return new Page<>(gardes, Optional.of(curseur.apply(gardes.get(taille - 1))));
    }
}
