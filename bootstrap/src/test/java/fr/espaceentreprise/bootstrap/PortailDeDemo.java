package fr.espaceentreprise.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One portal for a test class, as a clean clone starts it: its own embedded PostgreSQL under a temporary
 * directory, the demo data, a random port; and an API client logged in by each test as it needs.
 */
abstract class PortailDeDemo {

    @TempDir
    static Path dataDir;

    static Portail portail;
    static ClientApi api;

    @BeforeAll
    static void demarrer() {
        portail = Portail.demarrer(Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString())));
        api = new ClientApi(portail);
    }

    @AfterAll
    static void arreter() {
        portail.close();
    }
}
