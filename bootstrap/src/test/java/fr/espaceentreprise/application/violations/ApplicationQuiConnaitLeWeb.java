package fr.espaceentreprise.application.violations;

import io.javalin.http.Context;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): a use case that knows HTTP. */
public class ApplicationQuiConnaitLeWeb {

    public String lire(Context ctx) {
        return ctx.body();
    }
}
