package fr.espaceentreprise.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.application.Stockage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * The world of the contracts of the ports on PostgreSQL: one migrated schema for the test JVM, emptied before each
 * test (every table but Flyway's, the rows the migrations seed included, so that it starts as empty as the
 * in-memory fakes). One {@link Persistance} serves every test (building one costs more than a test), under a small
 * pool, and stamps with the clock of the test running.
 */
public final class MondePostgres {

    private MondePostgres() {
    }

    /** Every port of {@link Persistance#stockage()} over the emptied schema, stamping with {@code horloge}. */
    public static Stockage vide(Clock horloge) {
        Schema.DSL.execute(Schema.VIDER);
        Schema.HORLOGE.courante = horloge;
        return Schema.STOCKAGE;
    }

    /** Lazy holder: the schema is made when a contract first asks for it, once per JVM. */
    private static final class Schema {

        static final DataSource SOURCE = enPool(PostgresTestDatabase.nouvelleSourceDeDonnees());
        static final DSLContext DSL = Persistance.dsl(SOURCE);
        static final HorlogeDuTest HORLOGE = new HorlogeDuTest();
        static final Stockage STOCKAGE = Persistance.sur(SOURCE, HORLOGE, CleDeChiffrement.nouvelle()).stockage();
        /**
         * Without the foreign keys' triggers (session_replication_role), rows go in any order; DELETE of the few
         * rows a test writes is far cheaper than TRUNCATE of every table.
         */
        static final String VIDER = "set session_replication_role = replica; "
                + tables().stream().map(table -> "delete from " + table + "; ").collect(Collectors.joining())
                + "set session_replication_role = origin";

        private static DataSource enPool(DataSource source) {
            HikariConfig configuration = new HikariConfig();
            configuration.setDataSource(source);
            configuration.setMaximumPoolSize(4);
            configuration.setPoolName("contrats");
            return new HikariDataSource(configuration);
        }

        private static List<String> tables() {
            return DSL.fetch("select quote_ident(tablename) from pg_tables"
                    + " where schemaname = current_schema() and tablename <> 'flyway_schema_history'"
                    + " order by tablename").getValues(0, String.class);
        }
    }

    /** Tests run one after the other: each sets the clock it controls. */
    private static final class HorlogeDuTest extends Clock {

        private volatile Clock courante = Clock.systemUTC();

        @Override
        public Instant instant() {
            return courante.instant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
