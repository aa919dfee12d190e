package fr.espaceentreprise.application.commun;

import java.util.Objects;

/**
 * What a use case answers for a resource that does not exist or lies outside the actor's périmètre: the two
 * cases are told apart by nobody outside, so a caller cannot probe what exists. Carries a stable code
 * ({@code demande.introuvable}) that adapters translate. Inside, {@link #horsPerimetre()} tells an existing
 * resource refused for its périmètre, so that adapters can keep a trace of who tried.
 */
public final class IntrouvableException extends RuntimeException {

    public static final String CODE_GENERIQUE = "ressource.introuvable";

    private final String code;
    private final boolean horsPerimetre;

    public IntrouvableException(String code) {
        this(code, false);
    }

    private IntrouvableException(String code, boolean horsPerimetre) {
        super(Objects.requireNonNull(code, "code"));
        this.code = code;
        this.horsPerimetre = horsPerimetre;
    }

    /** The same answer as a missing resource, for one that exists but lies outside the actor's périmètre. */
    public static IntrouvableException horsPerimetre(String code) {
        return new IntrouvableException(code, true);
    }

    public String code() {
        return code;
    }

    public boolean horsPerimetre() {
        return horsPerimetre;
    }
}
