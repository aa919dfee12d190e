package fr.espaceentreprise.domain.commun;

import java.util.Map;
import java.util.Objects;

/** A value breaks its own invariant (a malformed SIRET, a negative amount...). */
public final class ValeurInvalideException extends DomaineException {

    public ValeurInvalideException(String code, String champ) {
        this(code, champ, Map.of());
    }

    public ValeurInvalideException(String code, String champ, Map<String, Object> parametres) {
        super(code, Objects.requireNonNull(champ, "champ"), parametres);
    }
}
