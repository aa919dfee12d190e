package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void defaults_suit_a_local_run_on_the_embedded_database_with_demo_data() {
        Configuration configuration = Configuration.depuis(Map.of());

        assertEquals(7070, configuration.port());
        assertEquals(Path.of("./var").toAbsolutePath().normalize(), configuration.dataDir());
        assertTrue(configuration.baseEmbarquee());
        assertEquals(configuration.dataDir().resolve("pgdata"), configuration.repertoirePostgres());
        assertEquals(URI.create("http://localhost:7070"), configuration.baseUrl());
        assertTrue(configuration.demoData());
    }

    @Test
    void a_configured_database_is_used_without_demo_data_unless_asked() {
        Configuration configuration = Configuration.depuis(Map.of(
                "ESPACE_DB_URL", "jdbc:postgresql://db:5432/espace",
                "ESPACE_DB_USER", "espace",
                "ESPACE_DB_PASSWORD", "secret"));

        assertFalse(configuration.baseEmbarquee());
        assertEquals(Optional.of("jdbc:postgresql://db:5432/espace"), configuration.dbUrl());
        assertEquals("espace", configuration.dbUser());
        assertEquals("secret", configuration.dbPassword());
        assertFalse(configuration.demoData());
        assertTrue(Configuration.depuis(Map.of("ESPACE_DB_URL", "jdbc:postgresql://db/espace",
                "ESPACE_DEMO_DATA", "true")).demoData());
    }

    @Test
    void every_variable_is_read() {
        Configuration configuration = Configuration.depuis(Map.of(
                "ESPACE_PORT", "8080",
                "ESPACE_DATA_DIR", "/srv/espace",
                "ESPACE_BASE_URL", "https://espace.example.com/",
                "ESPACE_DEMO_DATA", "FALSE"));

        assertEquals(8080, configuration.port());
        assertEquals(Path.of("/srv/espace"), configuration.dataDir());
        assertEquals(URI.create("https://espace.example.com"), configuration.baseUrl());
        assertFalse(configuration.demoData());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ESPACE_PORT      | http",
        "ESPACE_PORT      | 70000",
        "ESPACE_PORT      | -1",
        "ESPACE_DB_URL    | mysql://db/espace",
        "ESPACE_BASE_URL  | localhost:7070",
        "ESPACE_BASE_URL  | ftp://espace.example.com",
        "ESPACE_BASE_URL  | https://espace.example.com/portail",
        "ESPACE_DEMO_DATA | yes",
        "ESPACE_DATA_DIR  | bad\u0000path",
    })
    void a_bad_value_stops_the_start_with_a_message_naming_the_variable(String variable, String valeur) {
        ConfigurationInvalideException erreur = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of(variable, valeur)));

        assertTrue(erreur.getMessage().startsWith(variable + " "), erreur.getMessage());
        assertFalse(erreur.getMessage().contains("\n"), "one line");
    }

    @Test
    void the_database_password_never_appears_in_an_error() {
        ConfigurationInvalideException erreur = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of("ESPACE_DB_URL", "postgres://u:hunter2@db/espace")));

        assertFalse(erreur.getMessage().contains("hunter2"));
    }
}
