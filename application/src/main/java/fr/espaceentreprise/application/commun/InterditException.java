package fr.espaceentreprise.application.commun;

import java.util.Objects;

/**
 * The caller is known and may see the resource, but not do this with the credential he holds: an account's
 * security settings through an API token ({@value #SESSION_REQUISE}), a sensitive change without having proved
 * his second factor lately ({@value #REAUTHENTIFICATION_REQUISE}), a write with a read-only token
 * ({@value #LECTURE_SEULE}). The web adapter answers 403 with the code.
 */
public final class InterditException extends RuntimeException {

    public static final String SESSION_REQUISE = "acces.session_requise";
    public static final String REAUTHENTIFICATION_REQUISE = "acces.reauthentification_requise";
    public static final String LECTURE_SEULE = "acces.lecture_seule";

    private final String code;

    public InterditException(String code) {
        super(Objects.requireNonNull(code, "code"));
        this.code = code;
    }

    public String code() {
        return code;
    }
}
