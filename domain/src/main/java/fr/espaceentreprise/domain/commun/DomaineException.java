package fr.espaceentreprise.domain.commun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A broken domain rule. Carries a stable {@link #code()} that adapters translate, the field concerned and the
 * values the translated message needs. The message holds the code and the field only, never the offending
 * value, so a secret typed in the wrong field cannot leak into a log.
 */
public abstract class DomaineException extends RuntimeException {

    private final String code;
    private final String champ;
    private final Map<String, Object> parametres;

    protected DomaineException(String code, String champ, Map<String, Object> parametres) {
        super(message(code, champ));
        this.code = Objects.requireNonNull(code, "code");
        this.champ = champ;
        this.parametres = parametres == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(parametres));
    }

    private static String message(String code, String champ) {
        return champ == null ? code : code + " [" + champ + "]";
    }

    public String code() {
        return code;
    }

    public Optional<String> champ() {
        return Optional.ofNullable(champ);
    }

    public Map<String, Object> parametres() {
        return parametres;
    }
}
