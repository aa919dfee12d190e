package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts the second factors' secrets at rest. Given by {@code ESPACE_CLE_SECRETS}; with the embedded
 * database and no key given, one drawn at the first start and kept beside the data ({@code cle-secrets} in the
 * data directory, readable by its owner only), so that a local run keeps its enrolments across restarts. With an
 * external database the key must be given: every instance needs the same, and it must outlive any one of them.
 */
final class CleDesSecrets {

    static final String FICHIER = "cle-secrets";
    private static final Logger LOG = LoggerFactory.getLogger(CleDesSecrets.class);

    private CleDesSecrets() {
    }

    static CleDeChiffrement de(Configuration configuration) {
        if (configuration.cleSecrets().isPresent()) {
            try {
                return CleDeChiffrement.depuisBase64(configuration.cleSecrets().get());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationInvalideException(CleDeChiffrement.VARIABLE,
                        "must be 32 random bytes in base64, such as the output of `openssl rand -base64 32`");
            }
        }
        if (!configuration.baseEmbarquee()) {
            throw new ConfigurationInvalideException(CleDeChiffrement.VARIABLE,
                    "is required with ESPACE_DB_URL: 32 random bytes in base64 (`openssl rand -base64 32`), "
                            + "the same on every instance");
        }
        return gardeeSous(configuration.dataDir().resolve(FICHIER));
    }

    private static CleDeChiffrement gardeeSous(Path fichier) {
        try {
            if (Files.exists(fichier)) {
                return CleDeChiffrement.depuisBase64(Files.readString(fichier, StandardCharsets.US_ASCII));
            }
            CleDeChiffrement cle = CleDeChiffrement.nouvelle();
            Files.createDirectories(fichier.getParent());
            Files.writeString(fichier, cle.enBase64() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(fichier, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException horsPosix) {
                // A file system without POSIX permissions keeps the directory's.
            }
            LOG.info("A key for the second factors' secrets was drawn and kept in {}", fichier);
            return cle;
        } catch (IOException e) {
            throw new UncheckedIOException("the key of " + fichier + " cannot be read or written", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationInvalideException(CleDeChiffrement.VARIABLE,
                    "not set, and " + fichier + " does not hold a valid key: delete it to draw a new one "
                            + "(the second factors enrolled with the old one must then be enrolled again)");
        }
    }
}
