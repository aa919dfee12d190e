package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.page.Redirection;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.commun.InterditException;
import fr.espaceentreprise.application.compte.AuthentifierSession;
import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.DomaineException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sensitive change of one's account (new recovery codes, an API token, a new phone) needs the second factor proved
 * in the last minutes. When the core asks for it ({@value InterditException#REAUTHENTIFICATION_REQUISE}), the page
 * answers a form for a code of the user's app that posts the same fields again, to the same address, with the
 * code: the code proved, the change goes on where the user was stopped.
 *
 * <pre>
 * reauthentification.executer(ctx, session, verifiee -> {
 *     List&lt;String&gt; codes = secondFacteur.regenererCodesDeSecours(verifiee, ip);
 *     …
 * });
 * </pre>
 */
final class Reauthentification {

    static final String CHAMP_CODE = "codeSecondFacteur";
    /** The field under which the core reports a wrong code. */
    private static final String CHAMP_DU_DOMAINE = "code";

    private final GererSecondFacteur secondFacteur;
    private final AuthentifierSession authentifierSession;
    private final JetonsDeSession jetons;
    private final Pages pages;

    Reauthentification(GererSecondFacteur secondFacteur, AuthentifierSession authentifierSession,
            JetonsDeSession jetons, Pages pages) {
        this.secondFacteur = secondFacteur;
        this.authentifierSession = authentifierSession;
        this.jetons = jetons;
        this.pages = pages;
    }

    /** What a page does once the factor is proved, with the session as it is then. */
    interface Action {
        void executer(SessionAuthentifiee session);
    }

    /**
     * Runs {@code action}; with the code of the form below, proves it first (a wrong code shows the form again
     * beside its field, and counts as a failed login); when the core refuses for want of a recent check, shows the
     * form.
     */
    void executer(Context ctx, SessionAuthentifiee session, Action action) {
        SessionAuthentifiee verifiee = session;
        String code = ctx.formParam(CHAMP_CODE);
        if (code != null) {
            try {
                secondFacteur.reverifier(session, code, AdresseClient.de(ctx));
            } catch (DomaineException refus) {
                EchecSaisie echec = EchecSaisie.de(refus);
                ctx.status(echec.statut());
                demander(ctx, session, echec.erreurs().stream()
                        .map(erreur -> erreur.renommee(CHAMP_DU_DOMAINE, CHAMP_CODE)).toList());
                return;
            }
            verifiee = relire(ctx);
        }
        try {
            action.executer(verifiee);
        } catch (InterditException refus) {
            if (!InterditException.REAUTHENTIFICATION_REQUISE.equals(refus.code())) {
                throw refus;
            }
            demander(ctx, session, List.of());
        }
    }

    /** The form: a code of the app, and the fields the user had posted, to post them again with it. */
    private void demander(Context ctx, SessionAuthentifiee session, List<ErreurChamp> erreurs) {
        Map<String, String> champs = new TreeMap<>();
        ctx.formParamMap().forEach((nom, valeurs) -> {
            if (!nom.equals(Csrf.CHAMP) && !nom.equals(CHAMP_CODE) && !valeurs.isEmpty()) {
                champs.put(nom, valeurs.get(0));
            }
        });
        pages.afficher(ctx, "compte/reauthentification.jte", Map.of("formulaire",
                Formulaire.vide().avecErreurs(erreurs), "action", ctx.path(), "champs", champs,
                "gestionnaire", session.acteur().estGestionnaire()));
    }

    /** The session again, now that the core has recorded the check. */
    private SessionAuthentifiee relire(Context ctx) {
        return jetons.jeton(ctx).flatMap(authentifierSession::authentifier)
                .orElseThrow(() -> new Redirection(ConnexionPages.CONNEXION));
    }
}
