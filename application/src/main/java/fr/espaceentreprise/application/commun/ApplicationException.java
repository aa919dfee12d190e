package fr.espaceentreprise.application.commun;

import java.util.Objects;

/**
 * A refusal decided by a use case rather than by a domain rule: what the caller asked for does not exist for
 * them, must wait, or needs another step first. Carries a stable {@link #code()} the adapters translate; the
 * message is the code, never a value the user typed.
 */
public abstract class ApplicationException extends RuntimeException {

    private final String code;

    protected ApplicationException(String code) {
        super(code);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
