package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.RessourceIntrouvableException;
import fr.espaceentreprise.application.compte.ConsulterCgu;
import fr.espaceentreprise.domain.compte.VersionCgu;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CGU in force, for everybody: a printable page linked from every page's footer, and its API twin. */
final class CguRoutes {

    static final String CGU = "/cgu";
    static final String API_CGU = "/api/v1/cgu";

    private final ConsulterCgu consulterCgu;
    private final Pages pages;
    private final ChoixLangue choixLangue;
    private final Traductions traductions;

    CguRoutes(ConsulterCgu consulterCgu, Pages pages, ChoixLangue choixLangue, Traductions traductions) {
        this.consulterCgu = consulterCgu;
        this.pages = pages;
        this.choixLangue = choixLangue;
        this.traductions = traductions;
    }

    void declarer(RoutesConfig routes) {
        routes.get(CGU, this::page);
        routes.get(API_CGU, this::api);
    }

    private void page(Context ctx) {
        Page page = pages.page(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("version", consulterCgu.versionCourante().orElse(null));
        parametres.put("sections", TexteCgu.de(page.messages()));
        ctx.contentType("text/html; charset=utf-8").result(pages.rendre(page, "compte/cgu.jte", parametres));
    }

    private void api(Context ctx) {
        VersionCgu version = consulterCgu.versionCourante().orElseThrow(RessourceIntrouvableException::new);
        ctx.json(new CguJson(version.version(), version.publieeLe(),
                TexteCgu.de(traductions.pour(choixLangue.langue(ctx)))));
    }

    record CguJson(String version, Instant publieeLe, List<TexteCgu.Section> sections) {
    }
}
