package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.ConsulterCgu;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.VersionCgu;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/** The CGU in force, for everybody: their text in the API, in the language asked for. */
final class CguApi {

    static final String API_CGU = "/api/v1/cgu";
    /** {@code ?langue=en}: the API's own way to ask for a language, beside Accept-Language. */
    static final String PARAMETRE_LANGUE = "langue";

    private final ConsulterCgu consulterCgu;
    private final ChoixLangue choixLangue;

    CguApi(ConsulterCgu consulterCgu, ChoixLangue choixLangue) {
        this.consulterCgu = consulterCgu;
        this.choixLangue = choixLangue;
    }

    void declarer(RoutesConfig routes) {
        routes.get(API_CGU, this::cgu);
    }

    private void cgu(Context ctx) {
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
