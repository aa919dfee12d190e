package fr.espaceentreprise.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** What PostgreSQL plans for the statements an adapter sends: the way tests check that each list uses its index. */
public final class PlansDeRequetes {

    private PlansDeRequetes() {
    }

    /**
     * The plans, in order, of the statements {@code appel} sends through the DSLContext it is given (which
     * records them), each explained with its bound values, sequential scans made prohibitively expensive so that
     * a small test table does not hide a missing index.
     */
    public static List<String> de(DSLContext dsl, Consumer<DSLContext> appel) {
        List<Instruction> envoyees = new ArrayList<>();
        appel.accept(DSL.using(dsl.configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                envoyees.add(new Instruction(ctx.sql(), ctx.query() == null ? List.of() : ctx.query().getBindValues()));
            }
        }))));
        return dsl.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            transaction.execute("set local enable_seqscan = off");
            List<String> plans = new ArrayList<>();
            for (Instruction instruction : envoyees) {
                plans.add(String.join("\n", transaction.fetch("explain " + instruction.sql(),
                        instruction.valeurs().toArray()).getValues(0, String.class)));
            }
            return plans;
        });
    }

    private record Instruction(String sql, List<Object> valeurs) {
    }
}
