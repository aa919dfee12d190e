package fr.espaceentreprise.adapters.web.salarie;

import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.salarie.VerifierAttestation;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public check of an attestation d'affiliation, for whoever holds the paper (no login): the page its QR code
 * opens, and a small form to type the code. It tells whether the attestation is genuine and still valid and shows
 * only what the attestation prints; an unknown code and a malformed one get the same answer. Search engines are
 * asked not to index it, and the code does not leave in a Referer.
 */
public final class VerificationPages {

    public static final String FORMULAIRE = "/verification";
    static final String VERIFICATION = "/verification/{code}";
    /** The form's field (not just "code": the label of that one is the e-mail code's). */
    static final String CHAMP_CODE = "codeVerification";

    private final VerifierAttestation verifierAttestation;
    private final ControleAcces controle;
    private final Pages pages;

    public VerificationPages(VerifierAttestation verifierAttestation, ControleAcces controle, Pages pages) {
        this.verifierAttestation = verifierAttestation;
        this.controle = controle;
        this.pages = pages;
    }

    /** Where the QR code of an attestation points. */
    public static URI lienVerification(URI baseUrl, CodeVerification code) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + FORMULAIRE + "/"
                + code.valeur());
    }

    public void declarer(RoutesConfig routes) {
        routes.get(FORMULAIRE, this::formulaire);
        routes.get(VERIFICATION, this::verification);
    }

    /**
     * The form sends {@code ?codeVerification=}: a well-formed code goes to its page, anything else shows the
     * error. The code is read as the paper prints it (groups of five joined by hyphens, or typed with spaces). The
     * form is refused as the check itself would be (while the space is closed).
     */
    private void formulaire(Context ctx) {
        controle.exigerOuvertAuPublic(Optional.empty(), Optional.empty());
        prive(ctx);
        String saisie = Optional.ofNullable(ctx.queryParam(CHAMP_CODE)).orElse("");
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(CHAMP_CODE, saisie));
        if (ctx.queryParam(CHAMP_CODE) != null) {
            try {
                CodeVerification code = CodeVerification.de(saisie);
                ctx.redirect(FORMULAIRE + "/" + code.valeur(), HttpStatus.SEE_OTHER);
                return;
            } catch (ValeurInvalideException refus) {
                ctx.status(HttpStatus.BAD_REQUEST);
                formulaire = formulaire.avecErreurs(List.of(new ErreurChamp(CHAMP_CODE, refus.code(),
                        refus.parametres())));
            }
        }
        pages.afficher(ctx, "salarie/verifierCode.jte", Map.of("formulaire", formulaire));
    }

    private void verification(Context ctx) {
        prive(ctx);
        Optional<VerifierAttestation.Verification> verification = verifierAttestation.verifier(ctx.pathParam("code"));
        if (verification.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
        }
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("verification", verification.orElse(null));
        pages.afficher(ctx, "salarie/verification.jte", parametres);
    }

    /** Pages and API alike: not indexed, and no Referer carries the code away. */
    static void prive(Context ctx) {
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
