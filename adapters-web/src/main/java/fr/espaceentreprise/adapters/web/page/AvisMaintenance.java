package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.domain.exploitation.Maintenance;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The maintenance in progress, as the maintenance guard read it for this request, so that every page (the login
 * page first) shows its message on top.
 */
public final class AvisMaintenance {

    private static final String ATTRIBUT = AvisMaintenance.class.getName();

    private AvisMaintenance() {
    }

    /** Called once per request by the guard; an inactive maintenance shows nothing. */
    public static void retenir(Context ctx, Maintenance maintenance) {
        if (maintenance.active()) {
            ctx.attribute(ATTRIBUT, maintenance);
        }
    }

    static Optional<Maintenance> de(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUT));
    }
}
