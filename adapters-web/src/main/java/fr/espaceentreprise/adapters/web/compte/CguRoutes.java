package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.ConsulterCgu;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.VersionCgu;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CGU in force, for everybody: a printable page linked from every page's footer, and its API twin. */
final class CguRoutes {

    static final String CGU = "/cgu";
    static final String API_CGU = "/api/v1/cgu";
    /** {@code ?langue=en}: the API's own way to ask for a language, beside Accept-Language. */
    static final String PARAMETRE_LANGUE = "langue";

    private final ConsulterCgu consulterCgu;
    private final Pages pages;
    private final ChoixLangue choixLangue;

    CguRoutes(ConsulterCgu consulterCgu, Pages pages, ChoixLangue choixLangue) {
        this.consulterCgu = consulterCgu;
        this.pages = pages;
        this.choixLangue = choixLangue;
    }

    void declarer(RoutesConfig routes) {
        routes.get(CGU, this::page);
        routes.get(API_CGU, this::api);
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

    private void api(Context ctx) {
        VersionCgu version = consulterCgu.versionCourante()
                .orElseThrow(() -> new IntrouvableException(IntrouvableException.CODE_GENERIQUE));
        Langue langue = Optional.ofNullable(ctx.queryParam(PARAMETRE_LANGUE)).filter(code -> !code.isBlank())
                .map(Langue::depuisCode).orElseGet(() -> choixLangue.langue(ctx));
        String texte = consulterCgu.texte(version.version(), langue)
                .orElseThrow(() -> new IntrouvableException(IntrouvableException.CODE_GENERIQUE));
        ctx.json(new CguJson(version.version(), version.publieeLe(), langue.code(), texte));
    }

    record CguJson(String version, Instant publieeLe, String langue, String texte) {
    }
}
