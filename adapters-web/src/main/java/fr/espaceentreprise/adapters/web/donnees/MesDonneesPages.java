package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.application.donnees.ChangerConsentementProspection;
import fr.espaceentreprise.application.donnees.ConsulterDonneesPersonnelles;
import fr.espaceentreprise.application.donnees.DonneesDetenues;
import fr.espaceentreprise.application.donnees.ExporterDonneesPersonnelles;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.demande.ActionAcces;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.SuppressionAcces;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's personal data ("Mes données"): what the portal holds, its download as JSON (audited), the consent to
 * commercial prospecting, and the forms that ask for a rectification or for one's access to be suspended or
 * deleted, which become demandes. The demande is filed under the user's entreprise, or for a mandataire under the
 * first entreprise of his périmètre (by id): the back office reads the author, not the entreprise.
 */
final class MesDonneesPages {

    static final String DONNEES = "/moi/donnees";
    static final String DONNEES_JSON = "/moi/donnees.json";
    static final String CONSENTEMENT = "/moi/donnees/consentement";
    static final String RECTIFICATION = "/moi/donnees/rectification";
    static final String ACCES = "/moi/donnees/acces";

    static final String CHAMP_ACCEPTE = "accepte";
    static final String CHAMP_MESSAGE = "message";
    static final String CHAMP_ACTION = "action";
    private static final String PARAMETRE_FAIT = "fait";

    private final ConsulterDonneesPersonnelles consulter;
    private final ExporterDonneesPersonnelles exporter;
    private final ChangerConsentementProspection changerConsentement;
    private final SoumettreDemande soumettreDemande;
    private final Acces acces;
    private final Pages pages;

    MesDonneesPages(ConsulterDonneesPersonnelles consulter, ExporterDonneesPersonnelles exporter,
            ChangerConsentementProspection changerConsentement, SoumettreDemande soumettreDemande, Acces acces,
            Pages pages) {
        this.consulter = consulter;
        this.exporter = exporter;
        this.changerConsentement = changerConsentement;
        this.soumettreDemande = soumettreDemande;
        this.acces = acces;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(DONNEES, ctx -> afficher(ctx, acces.connecte(ctx).acteur(), Formulaire.vide(), null,
                "consentement".equals(ctx.queryParam(PARAMETRE_FAIT))));
        routes.get(DONNEES_JSON, this::telecharger);
        routes.post(CONSENTEMENT, this::consentement);
        routes.post(RECTIFICATION, this::rectification);
        routes.post(ACCES, this::acces);
    }

    // --- pages

    private void afficher(Context ctx, Acteur acteur, Formulaire formulaire, String enErreur, boolean modifie) {
        DonneesDetenues donnees = consulter.consulter(acteur);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("donnees", donnees);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("demandes", entreprise(acteur).isPresent());
        parametres.put("formulaire", formulaire);
        parametres.put("enErreur", enErreur);
        parametres.put("modifie", modifie);
        pages.afficher(ctx, "donnees/donnees.jte", parametres);
    }

    private void telecharger(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        DonneesDetenues donnees = exporter.exporter(acteur, AdresseClient.de(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"donnees-personnelles-"
                + donnees.compte().numeroAdherent().valeur() + ".json\"");
        ctx.header("Cache-Control", "no-store");
        ctx.json(DonneesJson.de(donnees));
    }

    private void consentement(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        String choix = ctx.formParam(CHAMP_ACCEPTE);
        if (!"oui".equals(choix) && !"non".equals(choix)) {
            ctx.status(400);
            afficher(ctx, acteur, Formulaire.vide().avecErreurs(EchecSaisie.de(
                    new ValeurInvalideException(Verifications.OBLIGATOIRE, CHAMP_ACCEPTE)).erreurs()), "consentement",
                    false);
            return;
        }
        changerConsentement.changer(new ChangerConsentementProspection.Commande(acteur, "oui".equals(choix),
                AdresseClient.de(ctx)));
        ctx.redirect(DONNEES + "?" + PARAMETRE_FAIT + "=consentement", HttpStatus.SEE_OTHER);
    }

    private void rectification(Context ctx) {
        soumettre(ctx, "rectification", () -> new RectificationDonnees(ctx.formParam(CHAMP_MESSAGE)));
    }

    private void acces(Context ctx) {
        soumettre(ctx, "acces", () -> new SuppressionAcces(action(ctx.formParam(CHAMP_ACTION)),
                ctx.formParam(CHAMP_MESSAGE)));
    }

    private interface Lecture {
        ContenuDemande lire();
    }

    private void soumettre(Context ctx, String formulaireEnCours, Lecture lecture) {
        Acteur acteur = acces.connecte(ctx).acteur();
        EntrepriseId entreprise = entreprise(acteur).orElseThrow(() ->
                new IntrouvableException(IntrouvableException.CODE_GENERIQUE));
        try {
            DemandeId id = soumettreDemande.soumettre(new SoumettreDemande.Commande(acteur, entreprise, lecture.lire(),
                    List.of(), Optional.empty(), AdresseClient.de(ctx))).id();
            ctx.redirect("/demandes/" + id, HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficher(ctx, acteur, Formulaire.depuis(ctx).avecErreurs(echec.erreurs()), formulaireEnCours, false);
            ctx.status(echec.statut());
        }
    }

    private static ActionAcces action(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        try {
            return ActionAcces.valueOf(texte.strip());
        } catch (IllegalArgumentException inconnue) {
            throw new ValeurInvalideException("demande.action.invalide", CHAMP_ACTION);
        }
    }

    /** Where the user's own demandes are filed: his entreprise, or the first one a mandataire sees. */
    static Optional<EntrepriseId> entreprise(Acteur acteur) {
        if (acteur.estGestionnaire()) {
            return Optional.empty();
        }
        return acteur.perimetre().entreprises().stream()
                .min(Comparator.comparing(EntrepriseId::toString));
    }
}
