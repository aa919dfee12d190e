package fr.espaceentreprise.adapters.web.securite;

import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses, before any handler runs, what no handler should see: a body over the size limit (413), a
 * state-changing request sent by another site (403), a body of the API that is not JSON — or multipart where
 * files are taken — (415), a forged form
 * or API call (403, see {@link Csrf}).
 */
public final class GardeRequetes {

    public static final String CODE_TROP_GRAND = "requete.trop_grande";
    public static final String CODE_INTER_SITES = "requete.inter_sites";
    public static final String CODE_TYPE_DE_CONTENU = "requete.type_contenu";

    private final long tailleMax;
    private final long tailleMaxFichiers;
    private final Pattern apiAvecFichiers;
    private final Csrf csrf;

    /**
     * @param tailleMaxFichiers the limit of a multipart form (files sent with a demande or a reply), whose parts
     *                          Jetty streams to disk rather than holding them in memory
     * @param apiAvecFichiers   the paths of the API calls that take files (multipart) besides JSON, as the routes
     *                          that own them declare them
     */
    public GardeRequetes(long tailleMax, long tailleMaxFichiers, Pattern apiAvecFichiers, Csrf csrf) {
        this.tailleMax = tailleMax;
        this.tailleMaxFichiers = tailleMaxFichiers;
        this.apiAvecFichiers = apiAvecFichiers;
        this.csrf = csrf;
    }

    public void verifier(Context ctx) {
        long limite = ctx.isMultipartFormData() ? tailleMaxFichiers : tailleMax;
        if (ctx.req().getContentLengthLong() > limite) {
            throw new ProblemeException(413, CODE_TROP_GRAND).avecParametre("max", limite / 1000);
        }
        if (!Requetes.modifieEtat(ctx)) {
            return;
        }
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            throw new ProblemeException(403, CODE_INTER_SITES);
        }
        if (ctx.path().startsWith("/api/v1/") && (Requetes.aUnCorps(ctx) || ctx.contentType() != null)
                && !estJson(ctx.contentType()) && !(ctx.isMultipartFormData() && apiAvecFichiers.matcher(ctx.path())
                .matches())) {
            throw new ProblemeException(415, CODE_TYPE_DE_CONTENU);
        }
        csrf.verifier(ctx);
    }

    private static boolean estJson(String typeDeContenu) {
        if (typeDeContenu == null) {
            return false;
        }
        int pointVirgule = typeDeContenu.indexOf(';');
        String type = (pointVirgule < 0 ? typeDeContenu : typeDeContenu.substring(0, pointVirgule));
        return type.strip().toLowerCase(Locale.ROOT).equals("application/json");
    }
}
