package fr.espaceentreprise.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;

/**
 * A real PostgreSQL for tests: ONE embedded PostgreSQL (zonky, PostgreSQL 17) per test JVM, started on first
 * use and stopped by a shutdown hook, and a fresh schema per caller so tests never see each other's rows.
 *
 * <pre>{@code
 * private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();   // a new migrated schema
 * private final EntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);
 * }</pre>
 *
 * Published in this module's test-jar for the tests of bootstrap. Schemas are left in place: the database
 * disappears with the JVM.
 */
public final class PostgresTestDatabase {

    private static final AtomicInteger COMPTEUR = new AtomicInteger();

    private PostgresTestDatabase() {
    }

    /**
     * A {@link DSLContext} built like production's ({@link Persistance#dsl}: PostgreSQL dialect, thread-bound
     * transactions) over a new schema migrated by Flyway with {@code classpath:db/migration}.
     */
    public static DSLContext nouveauSchema() {
        return Persistance.dsl(nouvelleSourceDeDonnees());
    }

    /**
     * A data source whose connections work in a new, uniquely named schema migrated by Flyway (its
     * {@code search_path} is that schema). Not pooled: each {@code getConnection()} opens a connection.
     */
    public static DataSource nouvelleSourceDeDonnees() {
        String schema = "test_" + COMPTEUR.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        DataSource dataSource = Instance.POSTGRES.getDatabase("postgres", "postgres", Map.of("currentSchema", schema));
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }

    /** The shared embedded PostgreSQL, e.g. for a test that needs its JDBC URL. */
    public static EmbeddedPostgres postgres() {
        return Instance.POSTGRES;
    }

    /** Lazy holder: the server starts when a test first asks for it, once per JVM. */
    private static final class Instance {

        static final EmbeddedPostgres POSTGRES = demarrer();

        private static EmbeddedPostgres demarrer() {
            try {
                // Durability is pointless for a throw-away database; without it DDL and commits are cheaper.
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setRegisterShutdownHook(false)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> arreter(postgres), "arret-postgres-de-test"));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL embarqué impossible à démarrer", e);
            }
        }

        private static void arreter(EmbeddedPostgres postgres) {
            try {
                postgres.close();
            } catch (IOException e) {
                // The JVM is stopping; the server's directory is a temporary one.
            }
        }
    }
}
