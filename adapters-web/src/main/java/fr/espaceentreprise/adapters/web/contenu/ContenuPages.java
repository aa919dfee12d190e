package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.page.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** The pages every visitor may read, logged in or not: for now the legal notice. */
public final class ContenuPages {

    public static final String MENTIONS_LEGALES = "/mentions-legales";

    private final Pages pages;

    public ContenuPages(Pages pages) {
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(MENTIONS_LEGALES, this::mentionsLegales);
    }

    private void mentionsLegales(Context ctx) {
        pages.afficher(ctx, "contenu/mentionsLegales.jte", Map.of());
    }
}
