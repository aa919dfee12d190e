package fr.espaceentreprise.adapters.web.cotisation;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.consultation.Telechargement;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.FiltreAppels;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of the rubrique Cotisations, from the pages and the API alike: the PDF of one appel, and the export of
 * what a filter shows, as PDF (a table over as many pages as needed) or CSV. Over
 * {@value ConsulterCotisations#EXPORT_MAX} appels the use case refuses (409): narrow the filter.
 */
public final class CotisationsExports {

    static final String EXPORT_PDF = "/cotisations/export.pdf";
    static final String EXPORT_CSV = "/cotisations/export.csv";
    static final String APPEL_PDF = "/cotisations/{id}.pdf";
    static final String API_EXPORT_ENTREPRISE = "/api/v1/entreprises/{id}/cotisations/export";
    static final String API_EXPORT = "/api/v1/cotisations/export";
    static final String API_APPEL_PDF = "/api/v1/cotisations/{id}/pdf";
    static final String FORMAT = "format";

    private final ConsulterCotisations consulterCotisations;
    private final ConsulterContrats consulterContrats;
    private final Portefeuille portefeuille;
    private final DocumentsPdf pdf;
    private final Acces acces;
    private final Traductions traductions;
    private final ChoixLangue choixLangue;
    private final Clock horloge;

    /** @param horloge the day exports are named after and PDFs print */
    public CotisationsExports(ConsulterCotisations consulterCotisations, ConsulterContrats consulterContrats,
            Portefeuille portefeuille, DocumentsPdf pdf, Acces acces, Traductions traductions,
            ChoixLangue choixLangue, Clock horloge) {
        this.consulterCotisations = consulterCotisations;
        this.consulterContrats = consulterContrats;
        this.portefeuille = portefeuille;
        this.pdf = pdf;
        this.acces = acces;
        this.traductions = traductions;
        this.choixLangue = choixLangue;
        this.horloge = horloge;
    }

    /** Before the pages and the API: "export.pdf", "{id}.pdf" and "export" would otherwise be read as an id. */
    public void declarer(RoutesConfig routes) {
        routes.get(EXPORT_PDF, ctx -> exportPage(ctx, false));
        routes.get(EXPORT_CSV, ctx -> exportPage(ctx, true));
        routes.get(APPEL_PDF, this::appelPdf);
        routes.get(API_EXPORT_ENTREPRISE, ctx -> exportApi(ctx, Optional.of(Portefeuille.entrepriseDuChemin(ctx))));
        routes.get(API_EXPORT, ctx -> exportApi(ctx, Optional.empty()));
        routes.get(API_APPEL_PDF, this::appelPdf);
    }

    /** The export of the list page: its entreprise (or {@code toutes}) and its filters. */
    private void exportPage(Context ctx, boolean csv) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, true);
        if (choix.vide()) {
            throw new IntrouvableException("entreprise.introuvable");
        }
        exporter(ctx, acteur, choix.entrepriseId(), csv);
    }

    /** PDF by default, CSV with {@code ?format=csv}. */
    private void exportApi(Context ctx, Optional<EntrepriseId> entrepriseId) {
        Acteur acteur = acces.connecte(ctx).acteur();
        String format = Parametres.texte(ctx, FORMAT).toLowerCase(Locale.ROOT);
        if (!format.isEmpty() && !format.equals("pdf") && !format.equals("csv")) {
            throw new ValeurInvalideException("export.format.invalide", FORMAT);
        }
        exporter(ctx, acteur, entrepriseId, format.equals("csv"));
    }

    private void appelPdf(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ConsulterCotisations.FicheAppel fiche = consulterCotisations.consulter(acteur,
                CotisationsPages.appelDuChemin(ctx));
        byte[] document = pdf.appel(fiche, choixLangue.langue(ctx), LocalDate.now(horloge));
        Telechargement.pdf(ctx, "appel-" + Telechargement.nomDeFichier(fiche.appel().numeroQuittance().valeur())
                + ".pdf", document);
    }

    private void exporter(Context ctx, Acteur acteur, Optional<EntrepriseId> entrepriseId, boolean csv) {
        Saisie saisie = new Saisie();
        FiltreAppels filtre = RechercheAppels.filtre(ctx, saisie);
        saisie.verifier();
        Messages messages = traductions.pour(choixLangue.langue(ctx));
        ConsulterCotisations.Export export = consulterCotisations.exporter(acteur, entrepriseId, filtre);
        Optional<EntrepriseResume> entreprise = entrepriseId.map(id -> portefeuille.entreprise(acteur, id));
        LocalDate aujourdhui = LocalDate.now(horloge);
        String nomDeFichier = "cotisations-" + Telechargement.nomDeFichier(entreprise
                .map(fiche -> fiche.numeroAdherent().valeur()).orElse(messages.t("export.portefeuille")),
                aujourdhui.toString());
        if (csv) {
            exporterCsv(ctx, export, messages, nomDeFichier + ".csv");
            return;
        }
        String perimetre = entreprise.map(EntrepriseResume::raisonSociale)
                .orElse(messages.t("portefeuille.toutes"));
        Telechargement.pdf(ctx, nomDeFichier + ".pdf", pdf.appels(export, perimetre,
                filtreLisible(acteur, entrepriseId, filtre, messages), messages.langue(), aujourdhui));
    }

    private static void exporterCsv(Context ctx, ConsulterCotisations.Export export, Messages messages,
            String nomDeFichier) {
        List<String> entete = List.of(messages.t("csv.cotisations.quittance"),
                messages.t("csv.cotisations.raisonSociale"), messages.t("csv.cotisations.contrat"),
                messages.t("csv.cotisations.debut"), messages.t("csv.cotisations.fin"),
                messages.t("csv.cotisations.echeance"), messages.t("csv.cotisations.appele"),
                messages.t("csv.cotisations.paye"), messages.t("csv.cotisations.restant"),
                messages.t("csv.cotisations.etat"));
        Telechargement.csv(ctx, nomDeFichier, entete, ligne -> export.appels().forEach(appel -> ligne.accept(List.of(
                appel.numeroQuittance().valeur(), appel.raisonSociale(), appel.numeroContrat().valeur(),
                appel.periode().debut().toString(), appel.periode().fin().toString(), appel.echeance().toString(),
                appel.montantAppele().toString(), appel.montantPaye().toString(),
                appel.montantRestant().toString(),
                messages.t("enum.EtatAppel." + appel.etat().name())))));
    }

    /** "Contrat n° HPX-2024-001 — Année 2026 — État : en retard", printed on the export. */
    private String filtreLisible(Acteur acteur, Optional<EntrepriseId> entrepriseId, FiltreAppels filtre,
            Messages messages) {
        List<String> criteres = new ArrayList<>();
        filtre.contratId().ifPresent(id -> criteres.add(messages.t("export.filtre.contrat", "numero",
                contrat(acteur, entrepriseId, id).numero().valeur())));
        filtre.annee().ifPresent(annee -> criteres.add(messages.t("export.filtre.annee", "annee",
                Integer.toString(annee.getValue()))));
        filtre.etat().ifPresent(etat -> criteres.add(messages.t("export.filtre.etat", "etat", etat)));
        return criteres.isEmpty() ? messages.t("export.filtre.aucun") : String.join(" — ", criteres);
    }

    /** Among the entreprise's contrats to choose from, as its filter offers them; read by its id otherwise. */
    private ContratResume contrat(Acteur acteur, Optional<EntrepriseId> entrepriseId, ContratId id) {
        return entrepriseId.map(entreprise -> consulterContrats.aChoisir(acteur, entreprise)).orElse(List.of())
                .stream().filter(contrat -> contrat.id().equals(id)).findFirst()
                .orElseGet(() -> consulterContrats.consulter(acteur, id));
    }
}
