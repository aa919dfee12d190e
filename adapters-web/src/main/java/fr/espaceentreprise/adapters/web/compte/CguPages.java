package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.compte.ConsulterCgu;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.VersionCgu;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CGU in force, for everybody: a printable page linked from every page's footer. */
final class CguPages {

    static final String CGU = "/cgu";

    private final ConsulterCgu consulterCgu;
    private final Pages pages;

    CguPages(ConsulterCgu consulterCgu, Pages pages) {
        this.consulterCgu = consulterCgu;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(CGU, this::page);
    }

    private void page(Context ctx) {
        Page page = pages.page(ctx);
        Optional<VersionCgu> version = consulterCgu.versionCourante();
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("version", version.orElse(null));
        parametres.put("sections", sections(consulterCgu, version, page.langue()));
        ctx.contentType("text/html; charset=utf-8").result(pages.rendre(page, "compte/cgu.jte", parametres));
    }

    /** The blocks of the text of {@code version}; none when no version was published. */
    static List<TexteCgu.Section> sections(ConsulterCgu consulterCgu, Optional<VersionCgu> version, Langue langue) {
        return version.flatMap(publiee -> consulterCgu.texte(publiee.version(), langue))
                .map(TexteCgu::depuis)
                .orElse(List.of());
    }
}
