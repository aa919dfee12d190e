package fr.espaceentreprise.application.commun;

import java.util.Objects;

/**
 * What a use case answers for a resource that does not exist or lies outside the actor's périmètre: the two
 * cases are told apart by nobody, so a caller cannot probe what exists. Carries a stable code
 * ({@code demande.introuvable}) that adapters translate.
 */
public final class IntrouvableException extends RuntimeException {

    public static final String CODE_GENERIQUE = "ressource.introuvable";

    private final String code;

    public IntrouvableException(String code) {
        super(Objects.requireNonNull(code, "code"));
        this.code = code;
    }

    public String code() {
        return code;
    }
}
