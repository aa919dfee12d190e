package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
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
        assertEquals(Optional.empty(), configuration.smtp().hote(), "no SMTP: mails as files");
        assertEquals(configuration.dataDir().resolve("mail"), configuration.repertoireCourriels());
        assertEquals(587, configuration.smtp().port());
        assertEquals("Espace Entreprise <no-reply@localhost>", configuration.smtp().expediteur());
        assertTrue(configuration.smtp().starttls());
        assertEquals(Optional.empty(), configuration.smtp().utilisateur());
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

    @Test
    void every_smtp_variable_is_read() {
        Configuration.Smtp smtp = Configuration.depuis(Map.of(
                "ESPACE_SMTP_HOST", "smtp.example.com",
                "ESPACE_SMTP_PORT", "2525",
                "ESPACE_SMTP_USER", "espace",
                "ESPACE_SMTP_PASSWORD", " mot de passe avec espaces ",
                "ESPACE_SMTP_FROM", "Espace Entreprise — Welcare <espace@example.com>",
                "ESPACE_SMTP_STARTTLS", "false")).smtp();

        assertEquals(Optional.of("smtp.example.com"), smtp.hote());
        assertEquals(2525, smtp.port());
        assertEquals(Optional.of("espace"), smtp.utilisateur());
        assertEquals(" mot de passe avec espaces ", smtp.motDePasse(), "a password is taken as typed");
        assertEquals("Espace Entreprise — Welcare <espace@example.com>", smtp.expediteur());
        assertFalse(smtp.starttls());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ESPACE_SMTP_HOST     | smtp://smtp.example.com",
        "ESPACE_SMTP_HOST     | smtp.example.com:587",
        "ESPACE_SMTP_HOST     | smtp example.com",
        "ESPACE_SMTP_PORT     | smtp",
        "ESPACE_SMTP_PORT     | 0",
        "ESPACE_SMTP_PORT     | 65536",
        "ESPACE_SMTP_FROM     | pas une adresse",
        "ESPACE_SMTP_FROM     | a@example.com, b@example.com",
        "ESPACE_SMTP_FROM     | Espace <a@example.com>\\r\\nBcc: x@evil.example",
        "ESPACE_SMTP_STARTTLS | yes",
    })
    void a_bad_smtp_value_stops_the_start_with_a_message_naming_the_variable(String variable, String valeur) {
        Map<String, String> env = new HashMap<>(Map.of("ESPACE_SMTP_HOST", "smtp.example.com"));
        env.put(variable, valeur.replace("\\r", "\r").replace("\\n", "\n"));

        ConfigurationInvalideException erreur = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(env));

        assertTrue(erreur.getMessage().startsWith(variable + " "), erreur.getMessage());
        assertFalse(erreur.getMessage().contains("\n"), "one line");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ESPACE_SMTP_USER     | ESPACE_SMTP_HOST",
        "ESPACE_SMTP_PASSWORD | ESPACE_SMTP_HOST",
    })
    void smtp_credentials_without_a_server_stop_the_start(String variable, String nommee) {
        ConfigurationInvalideException erreur = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of(variable, "hunter2")));

        assertTrue(erreur.getMessage().startsWith(nommee + " "), erreur.getMessage());
        assertFalse(erreur.getMessage().contains("hunter2"));
    }

    @Test
    void a_smtp_user_and_password_go_together() {
        ConfigurationInvalideException sansMotDePasse = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of("ESPACE_SMTP_HOST", "smtp.example.com", "ESPACE_SMTP_USER", "espace")));
        ConfigurationInvalideException sansUtilisateur = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of("ESPACE_SMTP_HOST", "smtp.example.com",
                        "ESPACE_SMTP_PASSWORD", "hunter2")));

        assertTrue(sansMotDePasse.getMessage().startsWith("ESPACE_SMTP_PASSWORD "), sansMotDePasse.getMessage());
        assertTrue(sansUtilisateur.getMessage().startsWith("ESPACE_SMTP_USER "), sansUtilisateur.getMessage());
        assertFalse(sansUtilisateur.getMessage().contains("hunter2"));
    }

    @Test
    void the_smtp_password_never_appears_when_the_settings_are_printed() {
        Configuration.Smtp smtp = Configuration.depuis(Map.of("ESPACE_SMTP_HOST", "smtp.example.com",
                "ESPACE_SMTP_USER", "espace", "ESPACE_SMTP_PASSWORD", "hunter2")).smtp();

        assertFalse(smtp.toString().contains("hunter2"), smtp.toString());
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
