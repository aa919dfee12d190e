package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fixed part of the demo, which later work and the demo logins rely on: four companies, two brokers, their
 * contracts, the mandates between them and the accounts. Dates are relative to the seeding day.
 *
 * <p>Mail domains end in {@code .example} (reserved by RFC 2606) and phone numbers sit in the ranges ARCEP keeps
 * for fiction, so a demo wired to a real SMTP server or dialled by hand reaches no one. The bank details are
 * valid (RIB key and IBAN mod-97) with real banks' codes and BICs and made-up account numbers.
 */
final class Referentiel {

    static final NumeroAdherent ATLAS = new NumeroAdherent("10000001");
    static final NumeroAdherent BOREAL = new NumeroAdherent("10000002");
    static final NumeroAdherent CEVENNES = new NumeroAdherent("10000003");
    static final NumeroAdherent DELTA = new NumeroAdherent("10000004");
    static final NumeroAdherent COURTAGE_HORIZON = new NumeroAdherent("20000001");
    static final NumeroAdherent MANDAT_PLUS = new NumeroAdherent("20000002");
    static final NumeroAdherent GESTIONNAIRE = new NumeroAdherent("90000001");

    private static final CodePays FRANCE = new CodePays("FR");

    /** A company with what the demo generates for it: how many employees, where it sends them, their mail domain. */
    record Portefeuille(Entreprise entreprise, List<Contrat> contrats, String domaineEmail, int effectif,
            List<String> paysPrivilegies) {

        EntrepriseId id() {
            return entreprise.id();
        }

        Periodicite periodicite() {
            return entreprise.modalitesPaiement().periodicite();
        }

        ModePaiement modePaiement() {
            return entreprise.modalitesPaiement().mode();
        }
    }

    private final Hasard hasard;
    private final LocalDate debutMois;
    private final LocalDate debutTrimestre;
    private final int annee;

    final Contrat atlasSante;
    final Contrat atlasPrevoyance;
    final Contrat atlasAssistance;
    final Contrat borealSante;
    final Contrat borealIncapacite;
    final Contrat borealPremierEuro;
    final Contrat cevennesSante;
    final Contrat cevennesDeces;
    final Contrat cevennesIncapacite;
    final Contrat cevennesAssistance;
    final Contrat deltaSante;
    final Contrat deltaDeces;

    final Portefeuille atlas;
    final Portefeuille boreal;
    final Portefeuille cevennes;
    final Portefeuille delta;

    final Mandataire courtageHorizon;
    final Mandataire mandatPlus;
    final List<Mandat> mandats;

    final Utilisateur utilisateurAtlas;
    final Utilisateur utilisateurBoreal;
    final Utilisateur utilisateurHorizon;
    final Utilisateur gestionnaire;

    Referentiel(Hasard hasard, LocalDate aujourdhui) {
        this.hasard = hasard;
        this.debutMois = aujourdhui.withDayOfMonth(1);
        this.debutTrimestre = debutMois.withMonth((aujourdhui.getMonthValue() - 1) / 3 * 3 + 1);
        this.annee = aujourdhui.getYear();

        Entreprise entrepriseAtlas = Entreprise.enregistrer(new EntrepriseId(hasard.uuid()), ATLAS,
                "Atlas Ingénierie SAS", new Siret("41285679100014"),
                new Adresse("18 rue de la Chaussée d'Antin", "Bâtiment B, 4e étage", "75009", "Paris", FRANCE),
                new Email("contact@atlas-ingenierie.example"), new Telephone("01 99 00 12 34"),
                new ModalitesPaiement(ModePaiement.PRELEVEMENT, new Iban("FR76 3000 4008 1900 0472 6193 847"),
                        new Bic("BNPAFRPPXXX"), Periodicite.MENSUELLE));
        Entreprise entrepriseBoreal = Entreprise.enregistrer(new EntrepriseId(hasard.uuid()), BOREAL,
                "Boréal Export SARL", new Siret("52318476000024"),
                new Adresse("27 quai de la Fosse", null, "44000", "Nantes", FRANCE),
                new Email("administration@boreal-export.example"), new Telephone("02 61 91 23 45"),
                new ModalitesPaiement(ModePaiement.VIREMENT, null, null, Periodicite.TRIMESTRIELLE));
        Entreprise entrepriseCevennes = Entreprise.enregistrer(new EntrepriseId(hasard.uuid()), CEVENNES,
                "Cévennes Énergie SA", new Siret("63429587700019"),
                new Adresse("145 avenue Jean-Baptiste Dumas", "Parc Atome", "30100", "Alès", FRANCE),
                new Email("expatriation@cevennes-energie.example"), new Telephone("04 65 71 34 56"),
                new ModalitesPaiement(ModePaiement.VIREMENT, new Iban("FR76 1027 8073 1100 0318 5720 667"),
                        new Bic("CMCIFR2A"), Periodicite.MENSUELLE));
        Entreprise entrepriseDelta = Entreprise.enregistrer(new EntrepriseId(hasard.uuid()), DELTA,
                "Delta Santé Conseil SAS", new Siret("74530698500037"),
                new Adresse("42 cours de l'Intendance", "3e étage", "33000", "Bordeaux", FRANCE),
                new Email("direction@delta-sante-conseil.example"), new Telephone("05 36 49 45 67"),
                new ModalitesPaiement(ModePaiement.PRELEVEMENT, new Iban("FR76 1330 6004 7041 2789 0352 441"),
                        new Bic("AGRIFRPP833"), Periodicite.TRIMESTRIELLE));

        atlasSante = souscrire(entrepriseAtlas, "HA", 1042, Garantie.SANTE_EXPAT_CFE_CONFORT, janvier(5));
        atlasSante.ajouterOption(CodeOption.DENTAIRE_RENFORCE, atlasSante.dateEffet());
        atlasSante.retirerOption(CodeOption.DENTAIRE_RENFORCE, debutMois.minusMonths(18).minusDays(1));
        atlasSante.ajouterOption(CodeOption.OPTIQUE_RENFORCE, janvier(3));
        atlasSante.ajouterOption(CodeOption.MATERNITE, debutMois.minusMonths(8));
        atlasPrevoyance = souscrire(entrepriseAtlas, "HP", 2317, Garantie.PREVOYANCE_DECES_INVALIDITE, janvier(4));
        atlasAssistance = souscrire(entrepriseAtlas, "HA", 871, Garantie.ASSISTANCE_RAPATRIEMENT, janvier(6));
        atlasAssistance.ajouterOption(CodeOption.RAPATRIEMENT_SANITAIRE, atlasAssistance.dateEffet());
        atlasAssistance.ajouterOption(CodeOption.RESPONSABILITE_CIVILE_VIE_PRIVEE, janvier(2));
        // The one terminated contract: its last day is the end of the month a year ago.
        atlasAssistance.resilier(debutMois.minusMonths(11).minusDays(1));

        borealSante = souscrire(entrepriseBoreal, "HA", 3308, Garantie.SANTE_EXPAT_CFE_ESSENTIEL,
                debutTrimestre.minusYears(3));
        borealSante.ajouterOption(CodeOption.MEDECINES_DOUCES, borealSante.dateEffet().plusMonths(6));
        borealIncapacite = souscrire(entrepriseBoreal, "HP", 3309, Garantie.PREVOYANCE_INCAPACITE_TRAVAIL,
                debutTrimestre.minusYears(3));
        borealPremierEuro = souscrire(entrepriseBoreal, "HA", 4120, Garantie.SANTE_EXPAT_PREMIER_EURO,
                debutTrimestre.minusMonths(27));
        borealPremierEuro.ajouterOption(CodeOption.DENTAIRE_RENFORCE, borealPremierEuro.dateEffet());
        borealPremierEuro.retirerOption(CodeOption.DENTAIRE_RENFORCE, debutTrimestre.minusMonths(6).minusDays(1));

        cevennesSante = souscrire(entrepriseCevennes, "HA", 2964, Garantie.SANTE_EXPAT_CFE_INTEGRAL, janvier(4));
        cevennesSante.ajouterOption(CodeOption.RESPONSABILITE_CIVILE_VIE_PRIVEE, cevennesSante.dateEffet());
        cevennesSante.ajouterOption(CodeOption.MATERNITE, cevennesSante.dateEffet());
        cevennesSante.retirerOption(CodeOption.MATERNITE, debutMois.minusMonths(30).minusDays(1));
        cevennesSante.ajouterOption(CodeOption.MEDECINES_DOUCES, debutMois.minusMonths(4));
        cevennesDeces = souscrire(entrepriseCevennes, "HP", 2965, Garantie.PREVOYANCE_DECES_INVALIDITE, janvier(4));
        cevennesIncapacite = souscrire(entrepriseCevennes, "HP", 3871, Garantie.PREVOYANCE_INCAPACITE_TRAVAIL,
                debutMois.minusMonths(30));
        cevennesAssistance = souscrire(entrepriseCevennes, "HA", 4456, Garantie.ASSISTANCE_RAPATRIEMENT,
                debutMois.minusMonths(20));
        cevennesAssistance.ajouterOption(CodeOption.RAPATRIEMENT_SANITAIRE, cevennesAssistance.dateEffet());

        deltaSante = souscrire(entrepriseDelta, "HA", 4702, Garantie.SANTE_EXPAT_CFE_CONFORT,
                debutTrimestre.minusMonths(21));
        deltaSante.ajouterOption(CodeOption.OPTIQUE_RENFORCE, deltaSante.dateEffet().plusMonths(3));
        deltaDeces = souscrire(entrepriseDelta, "HP", 4703, Garantie.PREVOYANCE_DECES_INVALIDITE,
                debutTrimestre.minusMonths(21));

        atlas = new Portefeuille(entrepriseAtlas, List.of(atlasSante, atlasPrevoyance, atlasAssistance),
                "atlas-ingenierie.example", 70, List.of("GB", "US", "AE", "SG", "DE", "MA", "CA", "BR", "IN", "AU"));
        boreal = new Portefeuille(entrepriseBoreal, List.of(borealSante, borealIncapacite, borealPremierEuro),
                "boreal-export.example", 46, List.of("NO", "CA", "US", "CN", "VN", "CL", "PL", "JP"));
        cevennes = new Portefeuille(entrepriseCevennes,
                List.of(cevennesSante, cevennesDeces, cevennesIncapacite, cevennesAssistance),
                "cevennes-energie.example", 58, List.of("NG", "GA", "QA", "SA", "AE", "KZ", "CI", "CM", "TR"));
        delta = new Portefeuille(entrepriseDelta, List.of(deltaSante, deltaDeces),
                "delta-sante-conseil.example", 26, List.of("SN", "CI", "MA", "TN", "LB", "VN", "KE"));

        courtageHorizon = Mandataire.enregistrer(new MandataireId(hasard.uuid()), COURTAGE_HORIZON, "Courtage Horizon",
                new Email("contact@courtage-horizon.example"), new Telephone("04 65 71 88 10"));
        mandatPlus = Mandataire.enregistrer(new MandataireId(hasard.uuid()), MANDAT_PLUS, "Mandat Plus",
                new Email("bonjour@mandat-plus.example"), new Telephone("03 53 01 22 33"));

        // Courtage Horizon: some contracts of Boréal (one under a mandate ended about 14 months ago, still
        // visible under the 2-year rule), all those of Cévennes, none of Atlas. Mandat Plus: one Delta contract.
        Mandat horizonBorealSante = confier(courtageHorizon, borealSante.dateEffet(), borealSante);
        horizonBorealSante.terminer(debutMois.minusMonths(13).minusDays(1));
        mandats = List.of(
                horizonBorealSante,
                confier(courtageHorizon, borealIncapacite.dateEffet().plusMonths(3), borealIncapacite),
                confier(courtageHorizon, debutMois.minusMonths(18), cevennes.contrats().toArray(Contrat[]::new)),
                confier(mandatPlus, deltaDeces.dateEffet(), deltaDeces));

        utilisateurAtlas = Utilisateur.creer(new UtilisateurId(hasard.uuid()), ATLAS, Profil.ENTREPRISE,
                entrepriseAtlas.id(), null, "Vasseur", "Claire", new Email("claire.vasseur@atlas-ingenierie.example"),
                Langue.FR);
        utilisateurBoreal = Utilisateur.creer(new UtilisateurId(hasard.uuid()), BOREAL, Profil.ENTREPRISE,
                entrepriseBoreal.id(), null, "Lindqvist", "Erik", new Email("erik.lindqvist@boreal-export.example"),
                Langue.EN);
        utilisateurHorizon = Utilisateur.creer(new UtilisateurId(hasard.uuid()), COURTAGE_HORIZON, Profil.MANDATAIRE,
                null, courtageHorizon.id(), "Marchetti", "Sophie", new Email("sophie.marchetti@courtage-horizon.example"),
                Langue.FR);
        gestionnaire = Utilisateur.creer(new UtilisateurId(hasard.uuid()), GESTIONNAIRE, Profil.GESTIONNAIRE,
                null, null, "Hamel", "Nathalie", new Email("nathalie.hamel@gestion.espace-entreprise.example"),
                Langue.FR);
    }

    List<Portefeuille> portefeuilles() {
        return List.of(atlas, boreal, cevennes, delta);
    }

    List<Entreprise> entreprises() {
        return portefeuilles().stream().map(Portefeuille::entreprise).toList();
    }

    List<Contrat> contrats() {
        return portefeuilles().stream().flatMap(portefeuille -> portefeuille.contrats().stream()).toList();
    }

    List<Mandataire> mandataires() {
        return List.of(courtageHorizon, mandatPlus);
    }

    List<Utilisateur> utilisateurs() {
        return List.of(utilisateurAtlas, utilisateurBoreal, utilisateurHorizon, gestionnaire);
    }

    private LocalDate janvier(int ilYA) {
        return LocalDate.of(annee - ilYA, 1, 1);
    }

    /** Numbers read like the insurers' own: organisme prefix, year of effect, a sequence. */
    private Contrat souscrire(Entreprise entreprise, String prefixe, int sequence, Garantie garantie, LocalDate dateEffet) {
        NumeroContrat numero = new NumeroContrat("%s-%d-%05d".formatted(prefixe, dateEffet.getYear(), sequence));
        return Contrat.souscrire(new ContratId(hasard.uuid()), numero, entreprise.id(), garantie.organisme(), garantie,
                dateEffet);
    }

    private Mandat confier(Mandataire mandataire, LocalDate debut, Contrat... contrats) {
        Set<ContratId> couverts = new LinkedHashSet<>();
        Stream.of(contrats).forEach(contrat -> couverts.add(contrat.id()));
        return Mandat.confier(new MandatId(hasard.uuid()), mandataire.id(), contrats[0].entrepriseId(), couverts, debut);
    }
}
