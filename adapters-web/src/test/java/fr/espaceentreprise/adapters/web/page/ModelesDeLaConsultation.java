package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.application.accueil.Accueil;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.TotauxAppels;
import fr.espaceentreprise.application.demande.DemandeEnAttente;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.application.salarie.VerifierAttestation;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.UneAdresse;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.GarantieProgrammee;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import fr.espaceentreprise.domain.salarie.LigneAttestation;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Realistic models of the consultation's templates, for {@link GabaritsTest}. */
final class ModelesDeLaConsultation {

    static final EntrepriseResume DURAND = new EntrepriseResume(EntrepriseId.nouveau(), new NumeroAdherent("10000001"),
            "Durand SA");
    static final EntrepriseResume CELIK = new EntrepriseResume(EntrepriseId.nouveau(), new NumeroAdherent("10000002"),
            "Çelik Export");
    static final Portefeuille.Choix UNE_ENTREPRISE = new Portefeuille.Choix(List.of(DURAND),
            Optional.of(DURAND.id()), false, false);
    static final Portefeuille.Choix TOUTES = new Portefeuille.Choix(List.of(CELIK, DURAND), Optional.empty(), true,
            true);
    static final Portefeuille.Choix VIDE = new Portefeuille.Choix(List.of(), Optional.empty(), false, true);
    static final LocalDate JOUR = LocalDate.of(2026, 3, 2);
    static final AppelResume APPEL = new AppelResume(AppelDeCotisationId.nouveau(), ContratId.nouveau(),
            new NumeroContrat("CT-000001"), DURAND.id(), DURAND.raisonSociale(), new NumeroQuittance("Q-2026-000001"),
            Periode.trimestre(2026, 1), LocalDate.of(2026, 2, 15), Montant.centimes(1_500_00),
            Montant.centimes(500_00), EtatAppel.EN_RETARD);
    static final Accueil ACCUEIL_MANDATAIRE = new Accueil(List.of(CELIK, DURAND), List.of(APPEL), true,
            List.of(new DemandeEnAttente(DemandeId.nouveau(), TypeDemande.MAJ_ENTREPRISE, DURAND.id(),
                    DURAND.raisonSociale(), Instant.parse("2026-02-20T10:00:00Z"),
                    Instant.parse("2026-02-25T09:00:00Z"))),
            true);
    static final Accueil ACCUEIL_ENTREPRISE = new Accueil(List.of(DURAND), List.of(), false, List.of(), false);

    private ModelesDeLaConsultation() {
    }

    static Map<String, List<Map<String, Object>>> modeles(Formulaire saisieErronee) {
        List<Option> contrats = List.of(new Option(ContratId.nouveau().toString(), "CT-000001 — Santé"),
                new Option(ContratId.nouveau().toString(), "CT-000002 — Prévoyance"));
        List<Option> etats = List.of(new Option("EN_RETARD", "En retard"), new Option("SOLDE", "Soldé"));
        Formulaire filtres = Formulaire.avecValeurs(Map.of("recherche", "wro", "contratId", contrats.get(1).valeur(),
                "annee", "2026", "etat", "SOLDE"));
        Formulaire filtresErrones = Formulaire.avecValeurs(Map.of("annee", "1800"))
                .avecErreurs(List.of(ErreurChamp.sur("annee", "cotisation.annee.invalide"),
                        ErreurChamp.sur("contratId", "identifiant.invalide"),
                        new ErreurChamp(null, "curseur.invalide", Map.of())));

        FicheEntreprise fiche = new FicheEntreprise(DURAND.id(), DURAND.numeroAdherent(), DURAND.raisonSociale(),
                UneEntreprise.siretValide(1), UneAdresse.aParis().build(), new Email("rh@durand.fr"),
                Optional.of(new Telephone("01 23 45 67 89")), ModePaiement.PRELEVEMENT,
                Optional.of("•••• •••• 2606"), Optional.of(new Bic("PSSTFRPPPAR")), Periodicite.TRIMESTRIELLE);
        FicheEntreprise ficheParVirement = new FicheEntreprise(DURAND.id(), DURAND.numeroAdherent(),
                DURAND.raisonSociale(), UneEntreprise.siretValide(2), UneAdresse.aLondres().build(),
                new Email("rh@durand.fr"), Optional.empty(), ModePaiement.VIREMENT, Optional.empty(),
                Optional.empty(), Periodicite.ANNUELLE);

        List<SalarieResume> salaries = List.of(
                new SalarieResume(SalarieId.nouveau(), "Wróbel", "Łukasz", LocalDate.of(1980, 4, 23),
                        new CodePays("PL"), List.of(new NumeroContrat("CT-000001"), new NumeroContrat("CT-000002"))),
                new SalarieResume(SalarieId.nouveau(), "Çelik", "Şükrü", LocalDate.of(1975, 9, 1),
                        new CodePays("TR"), List.of()));
        ContratId contratId = ContratId.nouveau();
        FicheSalarie ficheSalarie = new FicheSalarie(SalarieId.nouveau(), DURAND.id(), DURAND.raisonSociale(),
                "Wróbel", "Łukasz", LocalDate.of(1980, 4, 23), Optional.of("l•••@example.fr"), new CodePays("PL"),
                Montant.centimes(4_500_00), List.of(
                        new FicheSalarie.AffiliationVue(contratId, new NumeroContrat("CT-000001"),
                                Organisme.HUMANIS_ASSURANCES, Garantie.SANTE_EXPAT_CFE_CONFORT,
                                LocalDate.of(2024, 1, 1), Optional.empty(), true),
                        new FicheSalarie.AffiliationVue(ContratId.nouveau(), new NumeroContrat("CT-000002"),
                                Organisme.HUMANIS_PREVOYANCE, Garantie.PREVOYANCE_DECES_INVALIDITE,
                                LocalDate.of(2022, 1, 1), Optional.of(LocalDate.of(2023, 12, 31)), false)),
                true);
        FicheSalarie ficheSansAffiliation = new FicheSalarie(SalarieId.nouveau(), DURAND.id(),
                DURAND.raisonSociale(), "Çelik", "Şükrü", LocalDate.of(1975, 9, 1), Optional.empty(),
                new CodePays("TR"), Montant.centimes(3_000_00), List.of(), false);

        LigneAttestation ligne = new LigneAttestation(AffiliationId.nouveau(), new NumeroContrat("CT-000001"),
                Organisme.HUMANIS_ASSURANCES, Garantie.SANTE_EXPAT_CFE_CONFORT, LocalDate.of(2024, 1, 1));
        LigneAttestation autreLigne = new LigneAttestation(AffiliationId.nouveau(), new NumeroContrat("CT-000002"),
                Organisme.HUMANIS_PREVOYANCE, Garantie.PREVOYANCE_DECES_INVALIDITE, LocalDate.of(2024, 6, 1));
        Attestation attestation = new Attestation(new CodeVerification("0123456789ABCDEFGHJK"), SalarieId.nouveau(),
                DURAND.numeroAdherent(), DURAND.raisonSociale(), "Wróbel", "Łukasz", LocalDate.of(1980, 4, 23),
                JOUR, Instant.parse("2026-03-02T08:00:00Z"), List.of(ligne, autreLigne));
        VerifierAttestation.Verification valide = new VerifierAttestation.Verification(attestation, List.of(
                new Attestation.EtatLigneAttestation(ligne, true, Optional.empty()),
                new Attestation.EtatLigneAttestation(autreLigne, true, Optional.of(LocalDate.of(2026, 12, 31)))),
                JOUR);
        VerifierAttestation.Verification terminee = new VerifierAttestation.Verification(attestation, List.of(
                new Attestation.EtatLigneAttestation(ligne, true, Optional.empty()),
                new Attestation.EtatLigneAttestation(autreLigne, false, Optional.of(LocalDate.of(2026, 1, 31)))),
                JOUR);
        VerifierAttestation.Verification supprimee = new VerifierAttestation.Verification(attestation, List.of(
                new Attestation.EtatLigneAttestation(ligne, false, Optional.empty()),
                new Attestation.EtatLigneAttestation(autreLigne, false, Optional.empty())), JOUR);
        Map<String, Object> inconnue = new HashMap<>();
        inconnue.put("verification", null);

        List<ContratResume.OptionVue> options = List.of(
                new ContratResume.OptionVue(CodeOption.MATERNITE, LocalDate.of(2024, 1, 1), Optional.empty(), true),
                new ContratResume.OptionVue(CodeOption.DENTAIRE_RENFORCE, LocalDate.of(2024, 1, 1),
                        Optional.of(LocalDate.of(2025, 12, 31)), false));
        ContratResume contrat = new ContratResume(contratId, new NumeroContrat("CT-000001"), DURAND.id(),
                DURAND.raisonSociale(), Organisme.HUMANIS_ASSURANCES, Garantie.SANTE_EXPAT_CFE_CONFORT,
                Optional.of(new GarantieProgrammee(Garantie.SANTE_EXPAT_CFE_INTEGRAL, LocalDate.of(2027, 1, 1))),
                LocalDate.of(2024, 1, 1), Optional.empty(), EtatContrat.ACTIF, options);
        ContratResume termine = new ContratResume(ContratId.nouveau(), new NumeroContrat("CT-000002"), DURAND.id(),
                DURAND.raisonSociale(), Organisme.HUMANIS_PREVOYANCE, Garantie.PREVOYANCE_DECES_INVALIDITE,
                Optional.empty(), LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2025, 12, 31)), EtatContrat.TERMINE, List.of());
        ConsulterCotisations.FicheAppel ficheAppel = new ConsulterCotisations.FicheAppel(APPEL, List.of(
                new Paiement(LocalDate.of(2026, 2, 1), Montant.centimes(300_00), "VIR-2026-0042"),
                new Paiement(LocalDate.of(2026, 2, 10), Montant.centimes(200_00), null)));
        ConsulterCotisations.FicheAppel appelSansPaiement = new ConsulterCotisations.FicheAppel(APPEL, List.of());

        Map<String, Object> listeSalaries = new HashMap<>(Map.of("choix", UNE_ENTREPRISE, "formulaire", filtres,
                "contrats", contrats, "pays", List.of(new Option("PL", "Pologne"), new Option("TR", "Turquie")),
                "salaries", salaries, "suivant", "/salaries?curseur=abc", "debut", "/salaries",
                "export", "/salaries/export.csv?recherche=wro"));
        Map<String, Object> listeAppels = new HashMap<>(Map.of("choix", TOUTES, "formulaire", filtres,
                "contrats", List.of(), "etats", etats, "appels", List.of(APPEL),
                "totaux", new TotauxAppels(Montant.centimes(1_500_00), Montant.centimes(500_00)),
                "suivant", "/cotisations?curseur=abc", "exportPdf", "/cotisations/export.pdf",
                "exportCsv", "/cotisations/export.csv"));
        listeAppels.put("debut", "/cotisations?entreprise=toutes");

        return Map.ofEntries(
                Map.entry("consultation/choixEntreprise.jte", List.of(
                        Map.of("choix", UNE_ENTREPRISE, "action", "/salaries"),
                        Map.of("choix", TOUTES, "action", "/cotisations", "toutes", true),
                        Map.of("choix", VIDE, "action", "/contrats"))),
                Map.entry("consultation/etat.jte", List.of(Map.of("etat", EtatAppel.EN_RETARD),
                        Map.of("etat", EtatContrat.A_VENIR))),
                Map.entry("consultation/pagination.jte", List.of(
                        Map.of("debut", "/salaries", "suivant", "/salaries?curseur=abc"), Map.of())),
                Map.entry("formulaire/liste.jte", List.of(
                        Map.of("formulaire", filtresErrones, "nom", "contratId", "libelle", "Contrat",
                                "options", contrats, "aucune", "Tous"),
                        Map.of("formulaire", filtres, "nom", "etat", "libelle", "État", "options", etats))),
                Map.entry("entreprise/interlocuteur.jte", List.of(Map.of("choix", UNE_ENTREPRISE, "fiche", fiche),
                        Map.of("choix", TOUTES, "fiche", ficheParVirement), Map.of("choix", VIDE))),
                Map.entry("salarie/salaries.jte", List.of(listeSalaries,
                        Map.of("choix", TOUTES, "formulaire", filtresErrones, "contrats", contrats, "pays",
                                List.of(), "salaries", List.of()),
                        Map.of("choix", VIDE, "formulaire", Formulaire.vide(), "contrats", List.of(), "pays",
                                List.of(), "salaries", List.of()))),
                Map.entry("salarie/salarie.jte", List.of(
                        Map.of("fiche", ficheSalarie, "retour", "/salaries"),
                        Map.of("fiche", ficheSansAffiliation, "retour", "/salaries", "gestionnaire", true))),
                Map.entry("salarie/verification.jte", List.of(Map.of("verification", valide),
                        Map.of("verification", terminee), Map.of("verification", supprimee), inconnue)),
                Map.entry("salarie/verifierCode.jte", List.of(Map.of("formulaire", Formulaire.vide()),
                        Map.of("formulaire", Formulaire.avecValeurs(Map.of("codeVerification", "ABC"))
                                .avecErreurs(List.of(ErreurChamp.sur("codeVerification",
                                        "attestation.code.invalide")))))),
                Map.entry("contrat/contrats.jte", List.of(
                        Map.of("choix", UNE_ENTREPRISE, "contrats", List.of(contrat, termine)),
                        Map.of("choix", UNE_ENTREPRISE, "contrats", List.of()),
                        Map.of("choix", VIDE, "contrats", List.of()))),
                Map.entry("contrat/contrat.jte", List.of(Map.of("contrat", contrat, "retour", "/contrats",
                        "salaries", "/salaries?contratId=x", "cotisations", "/cotisations?contratId=x"),
                        Map.of("contrat", termine, "retour", "/contrats", "salaries", "/salaries",
                                "cotisations", "/cotisations"))),
                Map.entry("contrat/options.jte", List.of(Map.of("options", options), Map.of("options", List.of()))),
                Map.entry("cotisation/cotisations.jte", List.of(listeAppels,
                        Map.of("choix", UNE_ENTREPRISE, "formulaire", filtresErrones, "contrats", contrats,
                                "etats", etats, "appels", List.of()),
                        Map.of("choix", VIDE, "formulaire", saisieErronee, "contrats", List.of(), "etats", etats,
                                "appels", List.of()))),
                Map.entry("cotisation/cotisation.jte", List.of(Map.of("fiche", ficheAppel, "retour", "/cotisations"),
                        Map.of("fiche", appelSansPaiement, "retour", "/cotisations"))));
    }
}
