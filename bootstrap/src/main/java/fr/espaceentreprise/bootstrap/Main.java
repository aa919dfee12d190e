package fr.espaceentreprise.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the portal with the settings of the environment (see README: configuration). */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Configuration configuration;
        try {
            configuration = Configuration.depuis(System.getenv());
        } catch (ConfigurationInvalideException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Portail portail = Portail.demarrer(configuration);
        Runtime.getRuntime().addShutdownHook(new Thread(portail::close, "arret-portail"));
        LOG.info("Espace Entreprise is ready: open {}", configuration.baseUrl());
        if (!configuration.baseUrl().equals(portail.adresseLocale())) {
            LOG.info("This server listens on {}", portail.adresseLocale());
        }
    }
}
