package fr.espaceentreprise.adapters.web.salarie;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Lien;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
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
import fr.espaceentreprise.adapters.web.i18n.NomsDePays;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.CurseurSalaries;
import fr.espaceentreprise.application.salarie.DelivrerAttestation;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.SalarieId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rubrique Gestion des salariés: the list with its search, filters and keyset pages, its CSV export, one
 * salarié's fiche, and his attestation d'affiliation as a PDF; the same in the API.
 */
public final class SalariesRoutes {

    public static final String LISTE = "/salaries";
    static final String EXPORT = "/salaries/export.csv";
    static final String FICHE = "/salaries/{id}";
    static final String ATTESTATION = "/salaries/{id}/attestation.pdf";
    static final String API_LISTE = "/api/v1/entreprises/{id}/salaries";
    static final String API_EXPORT = "/api/v1/entreprises/{id}/salaries/export";
    static final String API_FICHE = "/api/v1/salaries/{id}";
    static final String API_ATTESTATION = "/api/v1/salaries/{id}/attestation";

    static final String RECHERCHE = FiltreSalaries.CHAMP_RECHERCHE;
    static final String CONTRAT = "contratId";
    static final String PAYS = CodePays.CHAMP;
    private static final Set<String> CHAMPS_DU_FORMULAIRE = Set.of(RECHERCHE, CONTRAT, PAYS);
    private static final String INTROUVABLE = "salarie.introuvable";

    private final ConsulterSalaries consulterSalaries;
    private final DelivrerAttestation delivrerAttestation;
    private final ConsulterContrats consulterContrats;
    private final Portefeuille portefeuille;
    private final DocumentsPdf pdf;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;
    private final Traductions traductions;
    private final ChoixLangue choixLangue;
    private final URI baseUrl;
    private final Clock horloge;

    public SalariesRoutes(ConsulterSalaries consulterSalaries, DelivrerAttestation delivrerAttestation,
            ConsulterContrats consulterContrats, Portefeuille portefeuille, DocumentsPdf pdf, Acces acces,
            ControleAcces controle, Pages pages, Traductions traductions, ChoixLangue choixLangue, URI baseUrl,
            Clock horloge) {
        this.consulterSalaries = consulterSalaries;
        this.delivrerAttestation = delivrerAttestation;
        this.consulterContrats = consulterContrats;
        this.portefeuille = portefeuille;
        this.pdf = pdf;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
        this.traductions = traductions;
        this.choixLangue = choixLangue;
        this.baseUrl = baseUrl;
        this.horloge = horloge;
    }

    /** The export comes before the fiche: "export.csv" would otherwise be read as an id. */
    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(EXPORT, this::export);
        routes.get(ATTESTATION, this::attestation);
        routes.get(FICHE, this::fiche);
        routes.get(API_LISTE, this::listeApi);
        routes.get(API_EXPORT, this::exportApi);
        routes.get(API_ATTESTATION, this::attestation);
        routes.get(API_FICHE, this::ficheApi);
    }

    // --- pages

    /** With no entreprise to show, the page reads nothing: the rubrique's gate refuses it as it refuses a list. */
    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.SALARIES);
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, false);
        Page page = pages.page(ctx);
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(RECHERCHE, Parametres.texte(ctx, RECHERCHE),
                CONTRAT, Parametres.texte(ctx, CONTRAT), PAYS, Parametres.texte(ctx, PAYS)));
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("salaries", List.of());
        parametres.put("contrats", List.of());
        parametres.put("pays", NomsDePays.parNom(page.langue()).stream()
                .map(pays -> new Option(pays.valeur(), page.pays(pays))).toList());
        if (choix.entrepriseId().isPresent()) {
            EntrepriseId entrepriseId = choix.entrepriseId().get();
            parametres.put("contrats", OptionsDeContrats.de(consulterContrats.aChoisir(acteur, entrepriseId), page));
            try {
                Recherche recherche = Recherche.lire(ctx);
                fr.espaceentreprise.application.commun.Page<SalarieResume, CurseurSalaries> resultat =
                        consulterSalaries.lister(new ConsulterSalaries.Requete(acteur, entrepriseId,
                                recherche.filtre(), recherche.curseur(), recherche.taille()));
                parametres.put("salaries", resultat.elements());
                Pagination.liens(parametres, resultat.suivant(), recherche.curseur().isPresent(),
                        lien(ctx, choix, LISTE, true));
                parametres.put("export", lien(ctx, choix, EXPORT, false).toString());
            } catch (SaisieInvalideException | DomaineException refus) {
                EchecSaisie echec = EchecSaisie.de(refus);
                ctx.status(echec.statut());
                formulaire = formulaire.avecErreurs(echec.erreurs().stream()
                        .map(erreur -> erreur.surLeFormulaire(CHAMPS_DU_FORMULAIRE)).toList());
            }
        }
        parametres.put("formulaire", formulaire);
        pages.afficher(ctx, page, "salarie/salaries.jte", parametres);
    }


    /** This list (or its export) with the same entreprise and filters; the page size too for the list. */
    private static Lien lien(Context ctx, Portefeuille.Choix choix, String chemin, boolean avecTaille) {
        Lien lien = Lien.vers(chemin).avec(Portefeuille.PARAMETRE, choix.valeur())
                .avec(RECHERCHE, Parametres.texte(ctx, RECHERCHE))
                .avec(CONTRAT, Parametres.texte(ctx, CONTRAT))
                .avec(PAYS, Parametres.texte(ctx, PAYS));
        return avecTaille ? lien.avec(Parametres.TAILLE, Parametres.texte(ctx, Parametres.TAILLE)) : lien;
    }

    private void export(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, false);
        EntrepriseId entrepriseId = choix.entrepriseId()
                .orElseThrow(() -> new IntrouvableException("entreprise.introuvable"));
        EntrepriseResume entreprise = choix.choisie().orElseGet(() -> portefeuille.entreprise(acteur, entrepriseId));
        exporter(ctx, acteur, entrepriseId, entreprise.numeroAdherent().valeur());
    }

    private void fiche(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        FicheSalarie fiche = consulterSalaries.consulter(acteur, Parametres.identifiant(ctx, SalarieId::de,
                INTROUVABLE));
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("fiche", fiche);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("retour", Lien.vers(LISTE).avec(Portefeuille.PARAMETRE, fiche.entrepriseId().toString())
                .toString());
        pages.afficher(ctx, "salarie/salarie.jte", parametres);
    }

    /** Page and API alike: a fresh attestation, its code kept for the public check. */
    private void attestation(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Attestation attestation = delivrerAttestation.delivrer(acteur, Parametres.identifiant(ctx, SalarieId::de,
                INTROUVABLE));
        byte[] document = pdf.attestation(attestation, choixLangue.langue(ctx),
                VerificationRoutes.lienVerification(baseUrl, attestation.code()));
        Telechargement.pdf(ctx, "attestation-" + Telechargement.nomDeFichier(attestation.nom(), attestation.prenom(),
                attestation.dateEmission().toString()) + ".pdf", document);
    }

    // --- API

    private void listeApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        EntrepriseId entrepriseId = Parametres.identifiant(ctx, Portefeuille::entrepriseId,
                "entreprise.introuvable");
        Recherche recherche = Recherche.lire(ctx);
        fr.espaceentreprise.application.commun.Page<SalarieResume, CurseurSalaries> resultat =
                consulterSalaries.lister(new ConsulterSalaries.Requete(acteur, entrepriseId, recherche.filtre(),
                        recherche.curseur(), recherche.taille()));
        ctx.json(new ListeJson<>(resultat.elements().stream().map(SalariesRoutes::salarieJson).toList(),
                resultat.suivant().map(Curseur::encoder).orElse(null)));
    }

    private void exportApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        EntrepriseId entrepriseId = Parametres.identifiant(ctx, Portefeuille::entrepriseId,
                "entreprise.introuvable");
        exporter(ctx, acteur, entrepriseId, portefeuille.entreprise(acteur, entrepriseId).numeroAdherent().valeur());
    }

    private void ficheApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        FicheSalarie fiche = consulterSalaries.consulter(acteur, Parametres.identifiant(ctx, SalarieId::de,
                INTROUVABLE));
        ctx.json(new FicheSalarieJson(fiche.id().toString(), fiche.entrepriseId().toString(), fiche.raisonSociale(),
                fiche.nom(), fiche.prenom(), fiche.dateNaissance(), fiche.emailMasque().orElse(null),
                fiche.paysExpatriation().valeur(), fiche.salaireReference().centimes(),
                fiche.affiliations().stream().map(affiliation -> new AffiliationJson(
                        affiliation.contratId().toString(), affiliation.numeroContrat().valeur(),
                        affiliation.organisme(), affiliation.garantie(), affiliation.debut(),
                        affiliation.fin().orElse(null), affiliation.enCours())).toList(),
                fiche.attestationDisponible()));
    }

    // --- shared

    /** The CSV of the filtered list, streamed line by line (100,000 salariés never sit in memory). */
    private void exporter(Context ctx, Acteur acteur, EntrepriseId entrepriseId, String numeroAdherent) {
        Saisie saisie = new Saisie();
        FiltreSalaries filtre = Recherche.filtre(ctx, saisie);
        saisie.verifier();
        Messages messages = traductions.pour(choixLangue.langue(ctx));
        List<String> entete = List.of(messages.t("csv.salaries.nom"), messages.t("csv.salaries.prenom"),
                messages.t("csv.salaries.dateNaissance"), messages.t("csv.salaries.contrats"),
                messages.t("csv.salaries.codePays"), messages.t("csv.salaries.pays"));
        String nomDeFichier = "salaries-" + Telechargement.nomDeFichier(numeroAdherent,
                LocalDate.now(horloge).toString()) + ".csv";
        Telechargement.csv(ctx, nomDeFichier, entete, ligne -> consulterSalaries.exporter(acteur, entrepriseId,
                filtre, salarie -> ligne.accept(List.of(salarie.nom(), salarie.prenom(),
                        salarie.dateNaissance().toString(),
                        salarie.contrats().stream().map(NumeroContrat::valeur).collect(Collectors.joining(", ")),
                        salarie.paysExpatriation().valeur(), messages.pays(salarie.paysExpatriation())))));
    }

    private static SalarieJson salarieJson(SalarieResume salarie) {
        return new SalarieJson(salarie.id().toString(), salarie.nom(), salarie.prenom(), salarie.dateNaissance(),
                salarie.paysExpatriation().valeur(),
                salarie.contrats().stream().map(NumeroContrat::valeur).toList());
    }

    /** What a list request asks for; every wrong parameter is reported at once (400). */
    record Recherche(FiltreSalaries filtre, Optional<CurseurSalaries> curseur, int taille) {

        static Recherche lire(Context ctx) {
            Saisie saisie = new Saisie();
            FiltreSalaries filtre = filtre(ctx, saisie);
            Optional<CurseurSalaries> curseur = Parametres.curseur(ctx, saisie, CurseurSalaries::decoder);
            int taille = Parametres.taille(ctx, saisie);
            saisie.verifier();
            return new Recherche(filtre, curseur, taille);
        }

        /** Each criterion read on its own, so that a wrong one does not hide another. */
        static FiltreSalaries filtre(Context ctx, Saisie saisie) {
            FiltreSalaries parNom = saisie.lire(() -> FiltreSalaries.de(Parametres.texte(ctx, RECHERCHE), "", ""));
            FiltreSalaries parContrat = saisie.lire(() -> FiltreSalaries.de("", Parametres.texte(ctx, CONTRAT), ""));
            FiltreSalaries parPays = saisie.lire(() -> FiltreSalaries.de("", "", Parametres.texte(ctx, PAYS)));
            if (parNom == null || parContrat == null || parPays == null) {
                return FiltreSalaries.AUCUN;
            }
            return new FiltreSalaries(parNom.debutNom(), parContrat.contratId(), parPays.pays());
        }
    }

    record SalarieJson(String id, String nom, String prenom, LocalDate dateNaissance, String paysExpatriation,
            List<String> contrats) {
    }

    record FicheSalarieJson(String id, String entrepriseId, String raisonSociale, String nom, String prenom,
            LocalDate dateNaissance, String emailMasque, String paysExpatriation, long salaireReference,
            List<AffiliationJson> affiliations, boolean attestationDisponible) {
    }

    record AffiliationJson(String contratId, String numeroContrat, Organisme organisme, Garantie garantie,
            LocalDate dateEffet, LocalDate dateFin, boolean enCours) {
    }
}
