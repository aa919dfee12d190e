package fr.espaceentreprise.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/** Entry points bootstrap uses to wire persistence: schema migration and the shared DSLContext. */
public final class Persistance {

    private Persistance() {
    }

    public static void migrer(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** A DSLContext whose queries join the transaction opened on the same thread by {@link JooqTransactions}. */
    public static DSLContext dsl(DataSource dataSource) {
        DataSourceConnectionProvider connexions = new DataSourceConnectionProvider(dataSource);
        return DSL.using(new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(connexions)
                .set(new ThreadLocalTransactionProvider(connexions)));
    }
}
