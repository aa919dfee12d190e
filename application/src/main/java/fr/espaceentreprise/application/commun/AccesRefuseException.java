package fr.espaceentreprise.application.commun;

import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import java.util.Objects;

/**
 * The user is logged in but must first complete a mandatory step (choose a password, confirm the e-mail,
 * accept the CGU). The web adapter answers 403 ({@value #CODE}, parameter {@code etape}) naming {@link #etape()},
 * and the UI shows that step's screen.
 */
public final class AccesRefuseException extends RuntimeException {

    public static final String CODE = "acces.etape_obligatoire";

    private final EtapeObligatoire etape;

    public AccesRefuseException(EtapeObligatoire etape) {
        super(CODE + " [" + etape + "]");
        this.etape = Objects.requireNonNull(etape, "etape");
    }

    public String code() {
        return CODE;
    }

    public EtapeObligatoire etape() {
        return etape;
    }
}
