package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second factor's settings: the policy, and the key of the secrets at rest. */
class CleDesSecretsTest {

    private static final String CLE = "q0Zq3jW5mH8wHk3g8m4y0bN2rTq7uV9xZ1cD3eF5gH0=";

    @TempDir
    Path dataDir;

    private Configuration configuration(Map<String, String> autres) {
        Map<String, String> env = new HashMap<>(autres);
        env.put("ESPACE_DATA_DIR", dataDir.toString());
        return Configuration.depuis(env);
    }

    @Test
    void the_second_factor_is_required_of_everyone_unless_the_environment_only_offers_it() {
        assertEquals(PolitiqueSecondFacteur.OBLIGATOIRE, configuration(Map.of()).secondFacteur());
        assertEquals(PolitiqueSecondFacteur.PROPOSE,
                configuration(Map.of("ESPACE_SECOND_FACTEUR", "Propose")).secondFacteur());
        ConfigurationInvalideException refus = assertThrows(ConfigurationInvalideException.class,
                () -> configuration(Map.of("ESPACE_SECOND_FACTEUR", "jamais")));
        assertTrue(refus.getMessage().contains("ESPACE_SECOND_FACTEUR"), refus.getMessage());
    }

    @Test
    void a_key_given_by_the_environment_is_the_one_used() {
        CleDeChiffrement cle = CleDesSecrets.de(configuration(Map.of("ESPACE_CLE_SECRETS", CLE)));

        assertEquals(CLE, cle.enBase64());
        assertFalse(Files.exists(dataDir.resolve(CleDesSecrets.FICHIER)), "nothing written when it is given");
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_stops_the_start_without_showing_it() {
        ConfigurationInvalideException refus = assertThrows(ConfigurationInvalideException.class,
                () -> CleDesSecrets.de(configuration(Map.of("ESPACE_CLE_SECRETS", "trop-courte"))));

        assertTrue(refus.getMessage().contains("ESPACE_CLE_SECRETS"), refus.getMessage());
        assertFalse(refus.getMessage().contains("trop-courte"), refus.getMessage());
    }

    @Test
    void with_the_embedded_database_a_key_is_drawn_once_and_kept_for_the_next_starts() throws IOException {
        CleDeChiffrement premiere = CleDesSecrets.de(configuration(Map.of()));
        CleDeChiffrement suivante = CleDesSecrets.de(configuration(Map.of()));

        assertEquals(premiere.enBase64(), suivante.enBase64());
        Path fichier = dataDir.resolve(CleDesSecrets.FICHIER);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(fichier));
    }

    @Test
    void with_an_external_database_the_key_must_be_given() {
        ConfigurationInvalideException refus = assertThrows(ConfigurationInvalideException.class,
                () -> CleDesSecrets.de(configuration(Map.of("ESPACE_DB_URL", "jdbc:postgresql://db:5432/espace"))));

        assertTrue(refus.getMessage().contains("ESPACE_CLE_SECRETS"), refus.getMessage());
    }

    @Test
    void a_damaged_key_file_stops_the_start_and_says_how_to_recover() throws IOException {
        Files.writeString(dataDir.resolve(CleDesSecrets.FICHIER), "pas-une-cle");

        ConfigurationInvalideException refus = assertThrows(ConfigurationInvalideException.class,
                () -> CleDesSecrets.de(configuration(Map.of())));

        assertTrue(refus.getMessage().contains(CleDesSecrets.FICHIER), refus.getMessage());
    }
}
