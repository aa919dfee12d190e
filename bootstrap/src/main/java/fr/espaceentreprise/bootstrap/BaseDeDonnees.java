package fr.espaceentreprise.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database the portal runs on: the configured PostgreSQL, or an embedded PostgreSQL 17 whose data
 * directory is kept under {@code $ESPACE_DATA_DIR/pgdata}, so a restart finds every row again.
 */
final class BaseDeDonnees implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BaseDeDonnees.class);
    private static final int CONNEXIONS_MAX = 16;

    private final EmbeddedPostgres embarquee;
    private final HikariDataSource pool;

    private BaseDeDonnees(EmbeddedPostgres embarquee, HikariDataSource pool) {
        this.embarquee = embarquee;
        this.pool = pool;
    }

    static BaseDeDonnees ouvrir(Configuration configuration) {
        if (configuration.baseEmbarquee()) {
            EmbeddedPostgres postgres = demarrerEmbarquee(configuration.repertoirePostgres());
            try {
                String url = postgres.getJdbcUrl("postgres", "postgres");
                return new BaseDeDonnees(postgres, pool(url, "postgres", ""));
            } catch (RuntimeException e) {
                fermerSansErreur(postgres);
                throw e;
            }
        }
        String url = configuration.dbUrl().orElseThrow();
        LOG.info("Using the PostgreSQL database at {}", sansParametres(url));
        return new BaseDeDonnees(null, pool(url, configuration.dbUser(), configuration.dbPassword()));
    }

    DataSource dataSource() {
        return pool;
    }

    private static EmbeddedPostgres demarrerEmbarquee(Path repertoire) {
        try {
            Files.createDirectories(repertoire);
            LOG.info("Starting the embedded PostgreSQL, data in {}", repertoire);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(repertoire)
                    .setCleanDataDirectory(false)
                    // The library's defaults suit throw-away test databases (no flush to disk); this one keeps
                    // the local data between runs, so a crash must not corrupt it.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start in " + repertoire, e);
        }
    }

    private static HikariDataSource pool(String url, String utilisateur, String motDePasse) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("espace");
        config.setJdbcUrl(url);
        config.setUsername(utilisateur);
        config.setPassword(motDePasse);
        config.setMaximumPoolSize(CONNEXIONS_MAX);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
        return new HikariDataSource(config);
    }

    private static String sansParametres(String url) {
        int debutParametres = url.indexOf('?');
        return debutParametres < 0 ? url : url.substring(0, debutParametres);
    }

    private static void fermerSansErreur(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (embarquee != null) {
            fermerSansErreur(embarquee);
        }
    }
}
