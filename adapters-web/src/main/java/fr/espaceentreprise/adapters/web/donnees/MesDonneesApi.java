package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.application.donnees.ChangerConsentementProspection;
import fr.espaceentreprise.application.donnees.ExporterDonneesPersonnelles;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The user's personal data in the API: what the portal holds (audited), and his consent to prospecting. */
final class MesDonneesApi {

    static final String API_DONNEES = "/api/v1/moi/donnees";
    static final String API_CONSENTEMENT = "/api/v1/moi/consentement-prospection";

    private final ExporterDonneesPersonnelles exporter;
    private final ChangerConsentementProspection changerConsentement;
    private final Acces acces;

    MesDonneesApi(ExporterDonneesPersonnelles exporter, ChangerConsentementProspection changerConsentement,
            Acces acces) {
        this.exporter = exporter;
        this.changerConsentement = changerConsentement;
        this.acces = acces;
    }

    void declarer(RoutesConfig routes) {
        routes.get(API_DONNEES, this::donnees);
        routes.put(API_CONSENTEMENT, this::consentement);
    }

    private void donnees(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ctx.json(DonneesJson.de(exporter.exporter(acteur, AdresseClient.de(ctx))));
    }

    private void consentement(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        DonneesJson.ConsentementJson corps = ctx.body().isBlank() ? new DonneesJson.ConsentementJson(null, null)
                : ctx.bodyAsClass(DonneesJson.ConsentementJson.class);
        if (corps.accepte() == null) {
            throw new ValeurInvalideException(Verifications.OBLIGATOIRE, MesDonneesPages.CHAMP_ACCEPTE);
        }
        ConsentementProspection consentement = changerConsentement.changer(
                new ChangerConsentementProspection.Commande(acteur, corps.accepte(), AdresseClient.de(ctx)));
        ctx.json(DonneesJson.ConsentementJson.de(consentement));
    }
}
