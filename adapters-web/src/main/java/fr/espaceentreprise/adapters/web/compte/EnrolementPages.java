package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.page.Redirection;
import fr.espaceentreprise.adapters.web.pdf.CodeQr;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Enrolling the second factor ({@value EtapesEnAttente#SECOND_FACTEUR}): the first-login step where the policy
 * requires one, and where "Mon compte" sends a user who enrols one of his own accord or a new phone. The page shows
 * a new secret, as a QR code (inline SVG: no script, no image to fetch) and as a key in base 32 to type by hand;
 * the first code of the app activates it, and the ten recovery codes are shown this once, to print or download.
 *
 * <p>The form posts the secret it shows back with the code, only so that a mistyped code shows the same QR code again
 * (the user has scanned it already); the core checks the code against the secret it keeps, never against this one.
 */
final class EnrolementPages {

    static final String CHAMP_CODE = "codeSecondFacteur";
    static final String CHAMP_SECRET = "secret";
    static final String CHAMP_URI = "uri";
    /** The field under which the core reports a wrong or expired code. */
    private static final String CHAMP_DU_DOMAINE = "code";
    private static final Pattern SECRET = Pattern.compile("[A-Z2-7]{16,128}");
    private static final Pattern URI = Pattern.compile("otpauth://totp/[\\x21-\\x7e]{1,400}");

    private final GererSecondFacteur secondFacteur;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    EnrolementPages(GererSecondFacteur secondFacteur, Acces acces, ControleAcces controle, Pages pages) {
        this.secondFacteur = secondFacteur;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(EtapesEnAttente.SECOND_FACTEUR, ctx -> {
            SessionAuthentifiee session = session(ctx);
            afficher(ctx, session, secondFacteur.commencer(session, AdresseClient.de(ctx)), Formulaire.vide());
        });
        routes.post(EtapesEnAttente.SECOND_FACTEUR, this::confirmer);
    }

    /**
     * The session of a user whose next step is this one, or who has none left (enrolling from "Mon compte"); one
     * with an earlier step pending is sent to it.
     */
    private SessionAuthentifiee session(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        controle.exigerConnecte(session.acteur());
        String attendue = EtapesEnAttente.suite(session.etapesEnAttente());
        if (!session.etapesEnAttente().isEmpty() && !attendue.equals(EtapesEnAttente.SECOND_FACTEUR)) {
            throw new Redirection(attendue);
        }
        return session;
    }

    private void confirmer(Context ctx) {
        SessionAuthentifiee session = session(ctx);
        String code = Optional.ofNullable(ctx.formParam(CHAMP_CODE)).orElse("").strip();
        if (code.isEmpty()) {
            ctx.status(400);
            afficher(ctx, session, enrolementAffiche(ctx, session),
                    Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur(CHAMP_CODE, "champ.obligatoire"))));
            return;
        }
        try {
            GererSecondFacteur.Activation activation = secondFacteur.confirmer(session, code, AdresseClient.de(ctx));
            pages.afficher(ctx, "compte/secondFacteurActive.jte", Map.of("codes", activation.codesDeSecours(),
                    "suite", EtapesEnAttente.suite(activation.etapesRestantes())));
        } catch (RegleMetierException refus) {
            ctx.status(409);
            // A wrong code: the same QR code again. Expired or never started: a new one, as the message says.
            GererSecondFacteur.Enrolement enrolement = EnrolementSecondFacteur.CODE_INCORRECT.equals(refus.code())
                    ? enrolementAffiche(ctx, session)
                    : secondFacteur.commencer(session, AdresseClient.de(ctx));
            ErreurChamp erreur = new ErreurChamp(refus.champ().filter(CHAMP_DU_DOMAINE::equals).map(c -> CHAMP_CODE)
                    .orElse(null), refus.code(), refus.parametres());
            afficher(ctx, session, enrolement, Formulaire.vide().avecErreurs(List.of(erreur)));
        }
    }

    /** The secret and URI the form showed, when they look like ours; else a new enrolment. */
    private GererSecondFacteur.Enrolement enrolementAffiche(Context ctx, SessionAuthentifiee session) {
        String secret = ctx.formParam(CHAMP_SECRET);
        String uri = ctx.formParam(CHAMP_URI);
        if (secret != null && uri != null && SECRET.matcher(secret).matches() && URI.matcher(uri).matches()) {
            return new GererSecondFacteur.Enrolement(secret, uri);
        }
        return secondFacteur.commencer(session, AdresseClient.de(ctx));
    }

    private void afficher(Context ctx, SessionAuthentifiee session, GererSecondFacteur.Enrolement enrolement,
            Formulaire formulaire) {
        pages.afficher(ctx, "compte/enrolerSecondFacteur.jte", Map.of("formulaire", formulaire,
                "enrolement", enrolement, "qr", CodeQr.svg(enrolement.uri()), "cle", parGroupesDeQuatre(
                        enrolement.secret()), "etapes", EtapesEnAttente.dansLOrdre(session.etapesEnAttente())));
    }

    /** "JBSW Y3DP EHPK 3PXP": easier to read out and to type than 32 letters in a row. */
    static String parGroupesDeQuatre(String cle) {
        StringBuilder groupes = new StringBuilder();
        for (int i = 0; i < cle.length(); i += 4) {
            groupes.append(groupes.isEmpty() ? "" : " ").append(cle, i, Math.min(cle.length(), i + 4));
        }
        return groupes.toString();
    }
}
