package fr.espaceentreprise.adapters.persistence.commun;

import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertSetStep;
import org.jooq.Table;
import org.jooq.TableRecord;

/** Small helpers the repositories share to write an aggregate's children. */
public final class Lignes {

    private Lignes() {
    }

    /**
     * Inserts the rows in one multi-row statement; nothing when there are none. Each row must have the same
     * fields marked changed (the mappers mark them all).
     */
    public static <R extends TableRecord<R>> void inserer(DSLContext dsl, Table<R> table, Collection<R> lignes) {
        if (lignes.isEmpty()) {
            return;
        }
        InsertSetStep<R> insertion = dsl.insertInto(table);
        InsertSetMoreStep<R> suite = null;
        for (R ligne : lignes) {
            suite = suite == null ? insertion.set(ligne) : suite.newRecord().set(ligne);
        }
        suite.execute();
    }
}
