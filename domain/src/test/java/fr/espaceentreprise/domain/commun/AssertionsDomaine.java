package fr.espaceentreprise.domain.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the domain exception family, shared by the domain tests (published in the test-jar). */
public final class AssertionsDomaine {

    private AssertionsDomaine() {
    }

    public static ValeurInvalideException assertValeurInvalide(String code, String champ, Executable action) {
        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class, action);
        assertEquals(code, erreur.code(), "code");
        assertEquals(Optional.of(champ), erreur.champ(), "champ");
        return erreur;
    }

    public static RegleMetierException assertRegleMetier(String code, Executable action) {
        RegleMetierException erreur = assertThrows(RegleMetierException.class, action);
        assertEquals(code, erreur.code(), "code");
        return erreur;
    }
}
