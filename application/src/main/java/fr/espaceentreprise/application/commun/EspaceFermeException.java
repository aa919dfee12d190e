package fr.espaceentreprise.application.commun;

import fr.espaceentreprise.domain.exploitation.Maintenance;
import java.util.Objects;

/**
 * The space is closed for maintenance to this user (code {@value #CODE}); the web adapter answers 503 with the
 * maintenance's message and {@code Retry-After}.
 */
public final class EspaceFermeException extends RuntimeException {

    public static final String CODE = "maintenance.en_cours";

    private final Maintenance maintenance;

    public EspaceFermeException(Maintenance maintenance) {
        super(CODE);
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
    }

    public String code() {
        return CODE;
    }

    public Maintenance maintenance() {
        return maintenance;
    }
}
