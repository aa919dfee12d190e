package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.adapters.web.securite.Requetes;
import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first-login steps still to take, and the answer when a use case refuses a user for one
 * ({@link AccesRefuseException}): in the browser, the step's page (for the CGU, with the address asked for, to go
 * back to once they are accepted); in the API, 403 {@value AccesRefuseException#CODE} naming the step.
 */
final class EtapesEnAttente {

    static final String MOT_DE_PASSE = "/premiere-connexion/mot-de-passe";
    static final String EMAIL = "/premiere-connexion/email";
    static final String SECOND_FACTEUR = "/premiere-connexion/second-facteur";
    static final String CGU = "/premiere-connexion/cgu";
    /** Where a user sent to accept a new version of the CGU was going (a page asked for with GET). */
    static final String PARAMETRE_RETOUR = "retour";
    private static final int RETOUR_MAX = 2000;

    private final Problemes problemes;

    EtapesEnAttente(Problemes problemes) {
        this.problemes = problemes;
    }

    void declarer(RoutesConfig routes) {
        routes.exception(AccesRefuseException.class, this::refus);
    }

    /** The page of a step. */
    static String page(EtapeObligatoire etape) {
        return switch (etape) {
            case CHANGER_MOT_DE_PASSE -> MOT_DE_PASSE;
            case CONFIRMER_EMAIL -> EMAIL;
            case ENROLER_SECOND_FACTEUR -> SECOND_FACTEUR;
            case ACCEPTER_CGU -> CGU;
        };
    }

    /** Where a logged-in user goes next: the first pending step, else the home page. */
    static String suite(Set<EtapeObligatoire> etapes) {
        return etapes.stream().sorted().findFirst().map(EtapesEnAttente::page).orElse(MonComptePages.ACCUEIL);
    }

    /** Steps in the order the screens take them, as the API lists them. */
    static List<EtapeObligatoire> dansLOrdre(Set<EtapeObligatoire> etapes) {
        return etapes.stream().sorted().toList();
    }

    /** An address of this site to go back to, never another site's nor a step's page. */
    static Optional<String> retour(String adresse) {
        if (adresse == null || adresse.length() > RETOUR_MAX || !adresse.startsWith("/") || adresse.startsWith("//")
                || adresse.indexOf('\\') >= 0 || adresse.chars().anyMatch(c -> c < 0x21 || c == 0x7f)
                || adresse.startsWith("/premiere-connexion")) {
            return Optional.empty();
        }
        return Optional.of(adresse);
    }

    private void refus(AccesRefuseException refus, Context ctx) {
        if (Requetes.estApi(ctx)) {
            problemes.repondre(ctx, new ProblemeException(403, AccesRefuseException.CODE)
                    .avecParametre("etape", refus.etape())
                    .avecMembre("etape", refus.etape().name()));
        } else if (refus.etape() == EtapeObligatoire.ACCEPTER_CGU && "GET".equals(ctx.method().name())
                && retour(demandee(ctx)).isPresent()) {
            ctx.redirect(CGU + "?" + PARAMETRE_RETOUR + "=" + URLEncoder.encode(demandee(ctx), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(page(refus.etape()), HttpStatus.SEE_OTHER);
        }
    }

    private static String demandee(Context ctx) {
        return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    }
}
