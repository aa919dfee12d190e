package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.domain.commun.Langue;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the JTE templates of {@code src/main/jte} (compiled with the module) with the {@link Page} of the
 * request:
 *
 * <pre>pages.afficher(ctx, "contenu/mentionsLegales.jte", Map.of());</pre>
 *
 * Every template gets the parameter {@code page}; the others are given by the handler.
 */
public final class Pages {

    /** Where the jte-maven-plugin puts the compiled templates (see adapters-web/pom.xml). */
    static final String PAQUET_DES_GABARITS = "fr.espaceentreprise.adapters.web.gabarits";

    private final TemplateEngine moteur;
    private final Traductions traductions;
    private final ChoixLangue choixLangue;
    private final Csrf csrf;
    private final NomUtilisateur nomUtilisateur;
    private final AvisMaintenance avisMaintenance;

    public Pages(Traductions traductions, ChoixLangue choixLangue, Csrf csrf, NomUtilisateur nomUtilisateur,
            AvisMaintenance avisMaintenance) {
        this.moteur = TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(),
                PAQUET_DES_GABARITS);
        this.traductions = traductions;
        this.choixLangue = choixLangue;
        this.csrf = csrf;
        this.nomUtilisateur = nomUtilisateur;
        this.avisMaintenance = avisMaintenance;
    }

    /** The model of this request's page: its language, CSRF token (the cookie is set if needed), path, user. */
    public Page page(Context ctx) {
        Langue langue = choixLangue.langue(ctx);
        return new Page(traductions.pour(langue), csrf.jeton(ctx), ctx.path(),
                ctx.queryParamMap(), nomUtilisateur.de(ctx),
                avisMaintenance.message(langue));
    }

    public String rendre(Context ctx, String gabarit, Map<String, Object> parametres) {
        return rendre(page(ctx), gabarit, parametres);
    }

    public String rendre(Page page, String gabarit, Map<String, Object> parametres) {
        Map<String, Object> tous = new HashMap<>(parametres);
        tous.put("page", page);
        StringOutput sortie = new StringOutput();
        moteur.render(gabarit, tous, sortie);
        return sortie.toString();
    }

    /** A template outside the portal's layout, which takes no {@code page} (e.g. the Swagger UI page). */
    public String rendreSansPage(String gabarit, Map<String, Object> parametres) {
        StringOutput sortie = new StringOutput();
        moteur.render(gabarit, parametres, sortie);
        return sortie.toString();
    }

    /** Answers this request with the rendered page (HTML, UTF-8, status unchanged). */
    public void afficher(Context ctx, String gabarit, Map<String, Object> parametres) {
        afficher(ctx, page(ctx), gabarit, parametres);
    }

    /** The same, with the page model the handler already asked for (to translate the options of a list…). */
    public void afficher(Context ctx, Page page, String gabarit, Map<String, Object> parametres) {
        String html = rendre(page, gabarit, parametres);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
