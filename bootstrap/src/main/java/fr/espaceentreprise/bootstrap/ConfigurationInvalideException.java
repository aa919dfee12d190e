package fr.espaceentreprise.bootstrap;

/** A configuration variable holds a value the portal cannot start with. */
public final class ConfigurationInvalideException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationInvalideException(String variable, String probleme) {
        super(variable + " " + probleme);
    }
}
