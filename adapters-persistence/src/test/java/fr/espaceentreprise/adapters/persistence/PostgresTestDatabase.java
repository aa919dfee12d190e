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
import org.flywaydb.core.api.configuration.FluentConfiguration;
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
        return schemaJusqua(null).dataSource();
    }

    /**
     * A new schema migrated up to {@code version} only ({@code null}: every migration), to write rows as they stood
     * before a later migration; {@link SchemaEnCours#migrer()} then applies the others.
     */
    public static SchemaEnCours schemaJusqua(String version) {
        String nom = "test_" + COMPTEUR.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        SchemaEnCours schema = new SchemaEnCours(
                Instance.POSTGRES.getDatabase("postgres", "postgres", Map.of("currentSchema", nom)), nom);
        FluentConfiguration flyway = schema.flyway();
        (version == null ? flyway : flyway.target(version)).load().migrate();
        return schema;
    }

    /** A schema of its own and a data source working in it (not pooled). */
    public record SchemaEnCours(DataSource dataSource, String nom) {

        public DSLContext dsl() {
            return Persistance.dsl(dataSource);
        }

        /** Applies the migrations not applied yet. */
        public void migrer() {
            flyway().load().migrate();
        }

        private FluentConfiguration flyway() {
            return Flyway.configure().dataSource(dataSource).schemas(nom).locations("classpath:db/migration");
        }
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
