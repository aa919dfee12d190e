package fr.espaceentreprise.adapters.web.salarie;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.consultation.Telechargement;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.DelivrerAttestation;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Attestation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The files of the rubrique Gestion des salariés, from the pages and the API alike: the CSV export of what a
 * filter shows, and a salarié's attestation d'affiliation as a PDF.
 */
public final class SalariesExports {

    static final String EXPORT = "/salaries/export.csv";
    static final String ATTESTATION = "/salaries/{id}/attestation.pdf";
    static final String API_EXPORT = "/api/v1/entreprises/{id}/salaries/export";
    static final String API_ATTESTATION = "/api/v1/salaries/{id}/attestation";

    private final ConsulterSalaries consulterSalaries;
    private final DelivrerAttestation delivrerAttestation;
    private final Portefeuille portefeuille;
    private final DocumentsPdf pdf;
    private final Acces acces;
    private final Traductions traductions;
    private final ChoixLangue choixLangue;
    private final URI baseUrl;
    private final Clock horloge;

    /**
     * @param baseUrl the portal's public address, which attestations print
     * @param horloge the day exports are named after
     */
    public SalariesExports(ConsulterSalaries consulterSalaries, DelivrerAttestation delivrerAttestation,
            Portefeuille portefeuille, DocumentsPdf pdf, Acces acces, Traductions traductions,
            ChoixLangue choixLangue, URI baseUrl, Clock horloge) {
        this.consulterSalaries = consulterSalaries;
        this.delivrerAttestation = delivrerAttestation;
        this.portefeuille = portefeuille;
        this.pdf = pdf;
        this.acces = acces;
        this.traductions = traductions;
        this.choixLangue = choixLangue;
        this.baseUrl = baseUrl;
        this.horloge = horloge;
    }

    /** Before the pages: "export.csv" would otherwise be read as a salarié's id. */
    public void declarer(RoutesConfig routes) {
        routes.get(EXPORT, this::exportPage);
        routes.get(ATTESTATION, this::attestation);
        routes.get(API_EXPORT, this::exportApi);
        routes.get(API_ATTESTATION, this::attestation);
    }

    /** The export of the list page: its entreprise and its filters. */
    private void exportPage(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, false);
        EntrepriseId entrepriseId = choix.entrepriseId()
                .orElseThrow(() -> new IntrouvableException("entreprise.introuvable"));
        EntrepriseResume entreprise = choix.choisie().orElseGet(() -> portefeuille.entreprise(acteur, entrepriseId));
        exporter(ctx, acteur, entreprise);
    }

    private void exportApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        exporter(ctx, acteur, portefeuille.entreprise(acteur, Portefeuille.entrepriseDuChemin(ctx)));
    }

    /** A fresh attestation, its code kept for the public check. */
    private void attestation(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Attestation attestation = delivrerAttestation.delivrer(acteur, SalariesPages.salarieDuChemin(ctx));
        byte[] document = pdf.attestation(attestation, choixLangue.langue(ctx),
                VerificationPages.lienVerification(baseUrl, attestation.code()));
        Telechargement.pdf(ctx, "attestation-" + Telechargement.nomDeFichier(attestation.nom(), attestation.prenom(),
                attestation.dateEmission().toString()) + ".pdf", document);
    }

    /** The CSV of the filtered list, streamed line by line (100,000 salariés never sit in memory). */
    private void exporter(Context ctx, Acteur acteur, EntrepriseResume entreprise) {
        Saisie saisie = new Saisie();
        FiltreSalaries filtre = RechercheSalaries.filtre(ctx, saisie);
        saisie.verifier();
        Messages messages = traductions.pour(choixLangue.langue(ctx));
        List<String> entete = List.of(messages.t("csv.salaries.nom"), messages.t("csv.salaries.prenom"),
                messages.t("csv.salaries.dateNaissance"), messages.t("csv.salaries.contrats"),
                messages.t("csv.salaries.codePays"), messages.t("csv.salaries.pays"));
        String nomDeFichier = "salaries-" + Telechargement.nomDeFichier(entreprise.numeroAdherent().valeur(),
                LocalDate.now(horloge).toString()) + ".csv";
        Telechargement.csv(ctx, nomDeFichier, entete, ligne -> consulterSalaries.exporter(acteur, entreprise.id(),
                filtre, salarie -> ligne.accept(List.of(salarie.nom(), salarie.prenom(),
                        salarie.dateNaissance().toString(),
                        salarie.contrats().stream().map(NumeroContrat::valeur).collect(Collectors.joining(", ")),
                        salarie.paysExpatriation().valeur(), messages.pays(salarie.paysExpatriation())))));
    }
}
