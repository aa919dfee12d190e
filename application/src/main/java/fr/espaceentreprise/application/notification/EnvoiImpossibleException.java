package fr.espaceentreprise.application.notification;

/**
 * An e-mail could not be handed over (server unreachable, refused, timed out, disk full…). The message says
 * what happened in words an operator can act on and never holds the e-mail's body.
 */
public final class EnvoiImpossibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EnvoiImpossibleException(String message, Throwable cause) {
        super(message, cause);
    }
}
