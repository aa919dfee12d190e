package fr.espaceentreprise.adapters.web.salarie;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.salarie.VerifierAttestation;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.LigneAttestation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * The public check of an attestation in JSON, for whoever holds the paper (no login), as its page tells it (see
 * {@link VerificationPages}); an unknown code and a malformed one answer 404 alike.
 */
public final class VerificationApi {

    static final String API_VERIFICATION = "/api/v1/attestations/{code}";
    static final String INTROUVABLE = "attestation.introuvable";

    private final VerifierAttestation verifierAttestation;

    public VerificationApi(VerifierAttestation verifierAttestation) {
        this.verifierAttestation = verifierAttestation;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_VERIFICATION, this::verification);
    }

    private void verification(Context ctx) {
        VerificationPages.prive(ctx);
        VerifierAttestation.Verification verification = verifierAttestation.verifier(ctx.pathParam("code"))
                .orElseThrow(() -> new IntrouvableException(INTROUVABLE));
        Attestation attestation = verification.attestation();
        ctx.json(new VerificationJson(attestation.code().valeur(), verification.valide(), verification.date(),
                attestation.nom(), attestation.prenom(), attestation.dateNaissance(), attestation.raisonSociale(),
                attestation.dateEmission(),
                verification.lignes().stream().map(VerificationApi::ligneJson).toList()));
    }

    private static LigneJson ligneJson(Attestation.EtatLigneAttestation etat) {
        LigneAttestation ligne = etat.ligne();
        return new LigneJson(ligne.numeroContrat().valeur(), ligne.organisme(), ligne.garantie(), ligne.dateEffet(),
                etat.valide(), etat.fin().orElse(null));
    }

    /** @param date the day the check was made */
    record VerificationJson(String code, boolean valide, LocalDate date, String nom, String prenom,
            LocalDate dateNaissance, String raisonSociale, LocalDate dateEmission,
            List<LigneJson> lignes) {
    }

    record LigneJson(String numeroContrat, Organisme organisme, Garantie garantie, LocalDate dateEffet,
            boolean valide, LocalDate dateFin) {
    }
}
