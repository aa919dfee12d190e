package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.InterditException;
import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * "Mon compte → Sécurité": the state of the user's second factor (active since, recovery codes left, whether it is
 * required), enrolling one or a new phone (the enrolment itself is the first-login step's page), and ten new
 * recovery codes, shown once. Both changes need the factor proved lately (see {@link Reauthentification}).
 */
final class SecuritePages {

    static final String SECURITE = "/mon-compte/securite";
    static final String ENROLEMENT = "/mon-compte/securite/enrolement";
    static final String CODES_DE_SECOURS = "/mon-compte/securite/codes-de-secours";

    private final GererSecondFacteur secondFacteur;
    private final Reauthentification reauthentification;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    SecuritePages(GererSecondFacteur secondFacteur, Reauthentification reauthentification, Acces acces,
            ControleAcces controle, Pages pages) {
        this.secondFacteur = secondFacteur;
        this.reauthentification = reauthentification;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(SECURITE, this::afficher);
        routes.post(ENROLEMENT, this::enroler);
        routes.post(CODES_DE_SECOURS, this::regenererCodes);
    }

    /** The session of a user at his own account's pages, refused as changing his password would be. */
    private SessionAuthentifiee session(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        controle.exigerEspace(session.acteur());
        return session;
    }

    private void afficher(Context ctx) {
        SessionAuthentifiee session = session(ctx);
        pages.afficher(ctx, "compte/securite.jte", Map.of("etat", secondFacteur.consulter(session),
                "gestionnaire", session.acteur().estGestionnaire()));
    }

    /**
     * To the enrolment's page; replacing an active factor (a new phone) needs it proved lately, as the core asks when
     * the enrolment starts.
     */
    private void enroler(Context ctx) {
        reauthentification.executer(ctx, session(ctx), verifiee -> {
            GererSecondFacteur.Etat etat = secondFacteur.consulter(verifiee);
            if (etat.actif() && !etat.verifieRecemment()) {
                throw new InterditException(InterditException.REAUTHENTIFICATION_REQUISE);
            }
            ctx.redirect(EtapesEnAttente.SECOND_FACTEUR, HttpStatus.SEE_OTHER);
        });
    }

    private void regenererCodes(Context ctx) {
        reauthentification.executer(ctx, session(ctx), verifiee -> {
            List<String> codes = secondFacteur.regenererCodesDeSecours(verifiee, AdresseClient.de(ctx));
            pages.afficher(ctx, "compte/nouveauxCodesDeSecours.jte", Map.of("codes", codes,
                    "gestionnaire", verifiee.acteur().estGestionnaire()));
        });
    }
}
