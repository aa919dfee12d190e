package fr.espaceentreprise.adapters.web.cotisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Lien;
import fr.espaceentreprise.adapters.web.consultation.OptionsDeContrats;
import fr.espaceentreprise.adapters.web.consultation.Pagination;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.consultation.Telechargement;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.CurseurAppels;
import fr.espaceentreprise.application.cotisation.FiltreAppels;
import fr.espaceentreprise.application.cotisation.TotauxAppels;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rubrique Cotisations: the appels of one entreprise or of the whole portfolio, filtered by contrat, year and
 * state, with the totals of the filter and keyset pages; one appel with its paiements; PDF of one appel; PDF and
 * CSV export of what the filter shows; the same in the API.
 */
public final class CotisationsRoutes {

    public static final String LISTE = "/cotisations";
    static final String EXPORT_PDF = "/cotisations/export.pdf";
    static final String EXPORT_CSV = "/cotisations/export.csv";
    static final String APPEL = "/cotisations/{id}";
    static final String APPEL_PDF = "/cotisations/{id}.pdf";
    static final String API_LISTE_ENTREPRISE = "/api/v1/entreprises/{id}/cotisations";
    static final String API_EXPORT_ENTREPRISE = "/api/v1/entreprises/{id}/cotisations/export";
    static final String API_LISTE = "/api/v1/cotisations";
    static final String API_EXPORT = "/api/v1/cotisations/export";
    static final String API_APPEL = "/api/v1/cotisations/{id}";
    static final String API_APPEL_PDF = "/api/v1/cotisations/{id}/pdf";

    static final String CONTRAT = "contratId";
    static final String ANNEE = "annee";
    static final String ETAT = "etat";
    static final String FORMAT = "format";
    private static final Set<String> CHAMPS_DU_FORMULAIRE = Set.of(CONTRAT, ANNEE, ETAT);
    private static final String INTROUVABLE = "cotisation.introuvable";

    private final ConsulterCotisations consulterCotisations;
    private final ConsulterContrats consulterContrats;
    private final Portefeuille portefeuille;
    private final DocumentsPdf pdf;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;
    private final Traductions traductions;
    private final ChoixLangue choixLangue;
    private final Clock horloge;

    public CotisationsRoutes(ConsulterCotisations consulterCotisations, ConsulterContrats consulterContrats,
            Portefeuille portefeuille, DocumentsPdf pdf, Acces acces, ControleAcces controle, Pages pages,
            Traductions traductions, ChoixLangue choixLangue, Clock horloge) {
        this.consulterCotisations = consulterCotisations;
        this.consulterContrats = consulterContrats;
        this.portefeuille = portefeuille;
        this.pdf = pdf;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
        this.traductions = traductions;
        this.choixLangue = choixLangue;
        this.horloge = horloge;
    }

    /** Exports before one appel, and "{id}.pdf" before "{id}": each would otherwise be read as an id. */
    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(EXPORT_PDF, ctx -> exportPage(ctx, false));
        routes.get(EXPORT_CSV, ctx -> exportPage(ctx, true));
        routes.get(APPEL_PDF, this::appelPdf);
        routes.get(APPEL, this::appel);
        routes.get(API_LISTE_ENTREPRISE, ctx -> listeApi(ctx, Optional.of(entrepriseDuChemin(ctx))));
        routes.get(API_EXPORT_ENTREPRISE, ctx -> exportApi(ctx, Optional.of(entrepriseDuChemin(ctx))));
        routes.get(API_LISTE, ctx -> listeApi(ctx, Optional.empty()));
        routes.get(API_EXPORT, ctx -> exportApi(ctx, Optional.empty()));
        routes.get(API_APPEL_PDF, this::appelPdf);
        routes.get(API_APPEL, this::appelApi);
    }

    // --- pages

    /** With no entreprise to show, the page reads nothing: the rubrique's gate refuses it as it refuses a list. */
    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.COTISATIONS);
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, true);
        Page page = pages.page(ctx);
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(CONTRAT, Parametres.texte(ctx, CONTRAT),
                ANNEE, Parametres.texte(ctx, ANNEE), ETAT, Parametres.texte(ctx, ETAT)));
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("appels", List.of());
        parametres.put("contrats", List.of());
        parametres.put("etats", Arrays.stream(EtatAppel.values())
                .map(etat -> new Option(etat.name(), page.valeur(etat))).toList());
        choix.entrepriseId().ifPresent(id -> parametres.put("contrats",
                OptionsDeContrats.de(consulterContrats.aChoisir(acteur, id), page)));
        if (!choix.vide()) {
            try {
                Recherche recherche = Recherche.lire(ctx);
                ConsulterCotisations.PageAppels resultat = consulterCotisations.lister(new ConsulterCotisations.Requete(
                        acteur, choix.entrepriseId(), recherche.filtre(), recherche.curseur(), recherche.taille()));
                parametres.put("appels", resultat.page().elements());
                parametres.put("totaux", resultat.totaux());
                Pagination.liens(parametres, resultat.page().suivant(), recherche.curseur().isPresent(),
                        lien(ctx, choix, LISTE, true));
                parametres.put("exportPdf", lien(ctx, choix, EXPORT_PDF, false).toString());
                parametres.put("exportCsv", lien(ctx, choix, EXPORT_CSV, false).toString());
            } catch (SaisieInvalideException | DomaineException refus) {
                EchecSaisie echec = EchecSaisie.de(refus);
                ctx.status(echec.statut());
                formulaire = formulaire.avecErreurs(echec.erreurs().stream()
                        .map(erreur -> erreur.surLeFormulaire(CHAMPS_DU_FORMULAIRE)).toList());
            }
        }
        parametres.put("formulaire", formulaire);
        pages.afficher(ctx, page, "cotisation/cotisations.jte", parametres);
    }


    private static Lien lien(Context ctx, Portefeuille.Choix choix, String chemin, boolean avecTaille) {
        Lien lien = Lien.vers(chemin).avec(Portefeuille.PARAMETRE, choix.valeur())
                .avec(CONTRAT, Parametres.texte(ctx, CONTRAT))
                .avec(ANNEE, Parametres.texte(ctx, ANNEE))
                .avec(ETAT, Parametres.texte(ctx, ETAT));
        return avecTaille ? lien.avec(Parametres.TAILLE, Parametres.texte(ctx, Parametres.TAILLE)) : lien;
    }

    private void exportPage(Context ctx, boolean csv) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, true);
        if (choix.vide()) {
            throw new IntrouvableException("entreprise.introuvable");
        }
        exporter(ctx, acteur, choix.entrepriseId(), csv);
    }

    private void appel(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ConsulterCotisations.FicheAppel fiche = consulterCotisations.consulter(acteur, appelDuChemin(ctx));
        AppelResume appel = fiche.appel();
        pages.afficher(ctx, "cotisation/cotisation.jte", Map.of("fiche", fiche,
                "gestionnaire", acteur.estGestionnaire(),
                "retour", Lien.vers(LISTE).avec(Portefeuille.PARAMETRE, appel.entrepriseId().toString()).toString()));
    }

    /** Page and API alike. */
    private void appelPdf(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ConsulterCotisations.FicheAppel fiche = consulterCotisations.consulter(acteur, appelDuChemin(ctx));
        byte[] document = pdf.appel(fiche, choixLangue.langue(ctx), LocalDate.now(horloge));
        Telechargement.pdf(ctx, "appel-" + Telechargement.nomDeFichier(fiche.appel().numeroQuittance().valeur())
                + ".pdf", document);
    }

    // --- API

    private void listeApi(Context ctx, Optional<EntrepriseId> entrepriseId) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Recherche recherche = Recherche.lire(ctx);
        ConsulterCotisations.PageAppels resultat = consulterCotisations.lister(new ConsulterCotisations.Requete(
                acteur, entrepriseId, recherche.filtre(), recherche.curseur(), recherche.taille()));
        ctx.json(new ListeAppelsJson(resultat.page().elements().stream().map(AppelJson::de).toList(),
                resultat.page().suivant().map(Curseur::encoder).orElse(null), TotauxJson.de(resultat.totaux())));
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

    private void appelApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ConsulterCotisations.FicheAppel fiche = consulterCotisations.consulter(acteur, appelDuChemin(ctx));
        ctx.json(new FicheAppelJson(AppelJson.de(fiche.appel()), fiche.paiements().stream()
                .map(paiement -> new PaiementJson(paiement.date(), paiement.montant().centimes(),
                        paiement.reference()))
                .toList()));
    }

    // --- shared

    /**
     * Every appel the filter matches, as one PDF (a table over as many pages as needed) or one CSV. Over
     * {@value ConsulterCotisations#EXPORT_MAX} appels the use case refuses (409): narrow the filter.
     */
    private void exporter(Context ctx, Acteur acteur, Optional<EntrepriseId> entrepriseId, boolean csv) {
        Saisie saisie = new Saisie();
        FiltreAppels filtre = Recherche.filtre(ctx, saisie);
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

    private static EntrepriseId entrepriseDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, Portefeuille::entrepriseId, "entreprise.introuvable");
    }

    private static AppelDeCotisationId appelDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, AppelDeCotisationId::de, INTROUVABLE);
    }

    /** What a list request asks for; every wrong parameter is reported at once (400). */
    record Recherche(FiltreAppels filtre, Optional<CurseurAppels> curseur, int taille) {

        static Recherche lire(Context ctx) {
            Saisie saisie = new Saisie();
            FiltreAppels filtre = filtre(ctx, saisie);
            Optional<CurseurAppels> curseur = Parametres.curseur(ctx, saisie, CurseurAppels::decoder);
            int taille = Parametres.taille(ctx, saisie);
            saisie.verifier();
            return new Recherche(filtre, curseur, taille);
        }

        static FiltreAppels filtre(Context ctx, Saisie saisie) {
            FiltreAppels parContrat = saisie.lire(() -> FiltreAppels.de(Parametres.texte(ctx, CONTRAT), "", ""));
            FiltreAppels parAnnee = saisie.lire(() -> FiltreAppels.de("", Parametres.texte(ctx, ANNEE), ""));
            FiltreAppels parEtat = saisie.lire(() -> FiltreAppels.de("", "", Parametres.texte(ctx, ETAT)));
            if (parContrat == null || parAnnee == null || parEtat == null) {
                return FiltreAppels.AUCUN;
            }
            return new FiltreAppels(parContrat.contratId(), parAnnee.annee(), parEtat.etat());
        }
    }

    record ListeAppelsJson(List<AppelJson> items, @JsonInclude(JsonInclude.Include.ALWAYS) String suivant,
            TotauxJson totaux) {
    }

    record TotauxJson(long montantAppele, long montantPaye, long montantRestant) {

        static TotauxJson de(TotauxAppels totaux) {
            return new TotauxJson(totaux.appele().centimes(), totaux.paye().centimes(),
                    totaux.restant().centimes());
        }
    }

    record FicheAppelJson(@JsonUnwrapped AppelJson appel, List<PaiementJson> paiements) {
    }

    record PaiementJson(LocalDate date, long montant, String reference) {
    }
}
