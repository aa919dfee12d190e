package fr.espaceentreprise.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * Entry point of the persistence ring for bootstrap: builds the one {@link DSLContext} every repository and
 * {@link JooqTransactions} share, and migrates the schema.
 */
public final class Persistance {

    private Persistance() {
    }

    /**
     * A PostgreSQL {@link DSLContext} over {@code dataSource} whose transactions are bound to the calling thread
     * ({@link ThreadLocalTransactionProvider}): a repository holding this context joins the transaction
     * {@link JooqTransactions} runs, and outside one each statement autocommits. Unique-key violations on natural
     * keys surface as domain conflicts (see {@link ClesNaturelles}).
     */
    public static DSLContext dsl(DataSource dataSource) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.POSTGRES);
        configuration.set(new Settings().withRenderSchema(false).withExecuteLogging(false));
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
        configuration.set(new DefaultExecuteListenerProvider(new ClesNaturelles()));
        return DSL.using(configuration);
    }

    /** Applies the Flyway migrations of {@code classpath:db/migration} to the data source's current schema. */
    public static void migrer(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
