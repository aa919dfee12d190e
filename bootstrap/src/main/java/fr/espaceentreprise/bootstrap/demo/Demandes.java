package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.demande.AffiliationSalarie;
import fr.espaceentreprise.domain.demande.ActionAcces;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.ChangementGarantie;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.MajEntreprise;
import fr.espaceentreprise.domain.demande.MajModalitesPaiement;
import fr.espaceentreprise.domain.demande.MajPaysExpatriation;
import fr.espaceentreprise.domain.demande.MajSalaireReference;
import fr.espaceentreprise.domain.demande.MajSalarie;
import fr.espaceentreprise.domain.demande.RadiationSalarie;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.SuppressionAcces;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Demandes of every type and in every statut, submitted by the companies' and the broker's users and processed
 * by the gestionnaire, each with the history a real one would have. A validated demande has had its effect: the
 * employee it enrolled exists, the one it radiated is radiated, the new country or salary is the current one.
 * Every event happened before the seeding day.
 */
final class Demandes {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Hasard hasard;
    private final LocalDate aujourdhui;
    private final LocalDate debutMois;
    private final Referentiel referentiel;
    private final Map<EntrepriseId, List<Salarie>> salaries;
    private final UtilisateurId gestionnaire;
    private final Set<SalarieId> dejaConcernes = new HashSet<>();
    private final List<Demande> demandes = new ArrayList<>();

    Demandes(Hasard hasard, LocalDate aujourdhui, Referentiel referentiel, Map<EntrepriseId, List<Salarie>> salaries) {
        this.hasard = hasard;
        this.aujourdhui = aujourdhui;
        this.debutMois = aujourdhui.withDayOfMonth(1);
        this.referentiel = referentiel;
        this.salaries = salaries;
        this.gestionnaire = referentiel.gestionnaire.id();
    }

    List<Demande> soumettre() {
        demandesDAtlas();
        demandesDeBoreal();
        demandesDeCourtageHorizon();
        return List.copyOf(demandes);
    }

    private void demandesDAtlas() {
        Utilisateur claire = referentiel.utilisateurAtlas;
        Entreprise atlas = referentiel.atlas.entreprise();
        Contrat sante = referentiel.atlasSante;
        Contrat prevoyance = referentiel.atlasPrevoyance;

        // Enrolment validated before it took effect: the employee is on the list and covered.
        LocalDate arrivee = debutMois.minusMonths(1);
        AffiliationSalarie affiliation = new AffiliationSalarie("Benali-Lefèvre", "Inès",
                aujourdhui.minusYears(31).minusDays(47), new Email("ines.benali-lefevre@atlas-ingenierie.example"),
                new CodePays("SG"), sante.id(), arrivee, Montant.centimes(6_850_000));
        Demande enrolement = soumettre(atlas, claire, affiliation, instant(arrivee.minusDays(10), 9, 12));
        enrolement.valider(gestionnaire, "Affiliation enregistrée, l'attestation est disponible dans l'espace.",
                instant(arrivee.minusDays(7), 14, 30));
        Salarie ines = Salarie.enregistrer(new SalarieId(hasard.uuid()), atlas.id(), affiliation.nom(),
                affiliation.prenom(), affiliation.dateNaissance(), affiliation.email(), affiliation.paysExpatriation(),
                affiliation.salaireReference(), aujourdhui);
        ines.affilier(new AffiliationId(hasard.uuid()), sante, arrivee);
        salaries.get(atlas.id()).add(ines);
        dejaConcernes.add(ines.id());

        Salarie augmentee = choisir(atlas, salarie -> couvertAujourdhui(salarie, sante));
        soumettre(atlas, claire, new MajSalaireReference(augmentee.id(),
                augmentee.salaireReference().plus(Montant.centimes(450_000)), debutMois.plusMonths(1)),
                instant(aujourdhui.minusDays(2), 9, 40));

        Demande changement = soumettre(atlas, claire, new ChangementGarantie(sante.id(),
                Garantie.SANTE_EXPAT_CFE_INTEGRAL, debutMois.plusMonths(2)), instant(aujourdhui.minusDays(9), 11, 5));
        changement.demanderComplement(gestionnaire, "Merci de joindre le bulletin de changement de formule signé par "
                + "le représentant légal de l'entreprise.", instant(aujourdhui.minusDays(7), 10, 20));

        Salarie mute = choisir(atlas, salarie -> couvertAujourdhui(salarie, sante)
                && !salarie.paysExpatriation().equals(new CodePays("CA")));
        LocalDate mutationDemandee = aujourdhui.minusDays(60);
        Demande mutation = soumettre(atlas, claire, new MajPaysExpatriation(mute.id(),
                new CodePays("CA"), mutationDemandee.minusMonths(4)), instant(mutationDemandee, 15, 45));
        mutation.rejeter(gestionnaire, "La date d'effet est antérieure de plus de trois mois à la demande ; merci "
                + "de nous adresser une nouvelle demande avec une date d'effet à venir.",
                instant(mutationDemandee.plusDays(4), 9, 0));

        LocalDate questionPosee = aujourdhui.minusDays(30);
        Demande question = soumettre(atlas, claire, new Autre("Attestations pour un visa",
                "Bonjour, le consulat demande pour trois de nos salariés une attestation mentionnant la prise en charge "
                        + "des frais d'hospitalisation à l'étranger. Pouvez-vous nous la fournir ?"),
                instant(questionPosee, 10, 2));
        question.demanderComplement(gestionnaire, "Pouvez-vous nous préciser le nom des salariés et le pays du visa ?",
                instant(questionPosee.plusDays(2), 16, 10));
        question.repondre(claire.id(), "Il s'agit de Łukasz Wróbel, Şükrü Çelik et Zoë Brontë, visas pour le Canada.",
                instant(questionPosee.plusDays(4), 8, 55));
        question.valider(gestionnaire, "Les attestations ont été déposées dans la rubrique Téléchargement.",
                instant(questionPosee.plusDays(5), 11, 30));

        LocalDate finDuMoisDernier = debutMois.minusDays(1);
        Salarie parti = choisir(atlas, salarie -> ouvertDepuisAvant(salarie, prevoyance, finDuMoisDernier.minusMonths(2)));
        Demande radiation = soumettre(atlas, claire, new RadiationSalarie(parti.id(), prevoyance.id(),
                finDuMoisDernier), instant(finDuMoisDernier.minusDays(20), 17, 25));
        radiation.valider(gestionnaire, null, instant(finDuMoisDernier.minusDays(15), 9, 45));
        parti.radier(prevoyance.id(), finDuMoisDernier);

        soumettre(atlas, claire, new MajModalitesPaiement(new ModalitesPaiement(ModePaiement.PRELEVEMENT,
                new Iban("FR7630066109470001029384742"), new Bic("CMCIFRPP"), Periodicite.MENSUELLE)),
                instant(aujourdhui.minusDays(1), 16, 5));
    }

    private void demandesDeBoreal() {
        Utilisateur erik = referentiel.utilisateurBoreal;
        Entreprise boreal = referentiel.boreal.entreprise();
        Contrat sante = referentiel.borealSante;

        Demande demenagement = soumettre(boreal, erik, new MajEntreprise(boreal.raisonSociale(),
                new Adresse("5 rue Crébillon", "2e étage", "44000", "Nantes", new CodePays("FR")), boreal.siret(),
                boreal.email(), boreal.telephone().orElse(null)), instant(aujourdhui.minusDays(12), 14, 0));
        demenagement.demanderComplement(gestionnaire, "Pour enregistrer le transfert du siège, merci de joindre un "
                + "extrait Kbis de moins de trois mois.", instant(aujourdhui.minusDays(10), 9, 30));

        // The birth date was mistyped at enrolment; the validated correction is the current identity.
        Salarie corrige = choisir(boreal, salarie -> true);
        LocalDate correctionDemandee = aujourdhui.minusDays(45);
        corrige.modifierIdentite(corrige.nom(), corrige.prenom(), corrige.dateNaissance().plusYears(1),
                corrige.email().orElse(null));
        Demande correction = soumettre(boreal, erik, new MajSalarie(corrige.id(), corrige.nom(),
                corrige.prenom(), corrige.dateNaissance(), corrige.email().orElse(null)),
                instant(correctionDemandee, 11, 15));
        correction.valider(gestionnaire, "Date de naissance corrigée.", instant(correctionDemandee.plusDays(4), 15, 0));

        Salarie partant = choisir(boreal, salarie -> couvertAujourdhui(salarie, sante));
        soumettre(boreal, erik, new RadiationSalarie(partant.id(), sante.id(),
                debutMois.plusMonths(1).minusDays(1)), instant(aujourdhui.minusDays(3), 10, 45));

        LocalDate remboursementDemande = aujourdhui.minusDays(95);
        Demande remboursement = soumettre(boreal, erik, new Autre("Refund of a contribution",
                "Hello, we believe we paid the last quarterly call twice by bank transfer. Could you refund the "
                        + "second payment? Kind regards, Erik Lindqvist"),
                instant(remboursementDemande, 13, 20));
        remboursement.rejeter(gestionnaire, "Après vérification, un seul virement a été reçu pour cette quittance ; "
                + "aucun trop-perçu ne peut être remboursé.", instant(remboursementDemande.plusDays(3), 10, 0));

        LocalDate rectificationDemandee = aujourdhui.minusDays(20);
        Demande rectification = soumettre(boreal, erik, new RectificationDonnees("My first name is spelt Erik, "
                + "with a k, not Eric."), instant(rectificationDemandee, 9, 10));
        rectification.valider(gestionnaire, "Votre prénom est corrigé dans nos fichiers.",
                instant(rectificationDemandee.plusDays(1), 14, 30));

        // Withdrawn by phone before it was processed: the account stays open.
        LocalDate fermetureDemandee = aujourdhui.minusDays(15);
        Demande fermeture = soumettre(boreal, erik, new SuppressionAcces(ActionAcces.SUSPENSION,
                "I will be away for six months."), instant(fermetureDemandee, 16, 0));
        fermeture.rejeter(gestionnaire, "Comme convenu par téléphone, votre accès reste ouvert : un collègue "
                + "reprend le suivi pendant votre absence.", instant(fermetureDemandee.plusDays(1), 10, 15));
    }

    private void demandesDeCourtageHorizon() {
        Utilisateur sophie = referentiel.utilisateurHorizon;
        Entreprise cevennes = referentiel.cevennes.entreprise();
        Entreprise boreal = referentiel.boreal.entreprise();

        LocalDate premiereDemande = aujourdhui.minusDays(6);
        Demande enrolement = soumettre(cevennes, sophie, new AffiliationSalarie("Adéyẹmí", "Olúwaseun",
                aujourdhui.minusYears(38).minusDays(120), new Email("oluwaseun.adeyemi@cevennes-energie.example"),
                new CodePays("NG"), referentiel.cevennesSante.id(), debutMois.plusMonths(1), Montant.centimes(7_400_000)),
                instant(premiereDemande, 8, 50));
        enrolement.demanderComplement(gestionnaire, "Le salaire de référence indiqué est-il annuel brut ?",
                instant(premiereDemande.plusDays(1), 14, 5));
        enrolement.repondre(sophie.id(), "Oui, 74 000 € bruts annuels, hors primes d'expatriation.",
                instant(premiereDemande.plusDays(2), 9, 20));

        // The transfer to Qatar was validated: Qatar is the employee's country now.
        Salarie expatrie = choisir(cevennes, salarie -> couvertAujourdhui(salarie, referentiel.cevennesSante)
                && !salarie.paysExpatriation().equals(new CodePays("QA")));
        LocalDate dateMutation = debutMois.minusMonths(2);
        Demande mutation = soumettre(cevennes, sophie, new MajPaysExpatriation(expatrie.id(),
                new CodePays("QA"), dateMutation), instant(dateMutation.minusDays(10), 10, 30));
        mutation.valider(gestionnaire, null, instant(dateMutation.minusDays(6), 11, 40));
        expatrie.changerPaysExpatriation(new CodePays("QA"));

        LocalDate refusDemande = aujourdhui.minusDays(75);
        Demande changement = soumettre(boreal, sophie, new ChangementGarantie(
                referentiel.borealIncapacite.id(), Garantie.PREVOYANCE_DECES_INVALIDITE, debutMois.minusMonths(1)),
                instant(refusDemande, 16, 40));
        changement.rejeter(gestionnaire, "La garantie décès-invalidité ne remplace pas l'incapacité de travail : elle "
                + "fait l'objet d'une souscription distincte. Nous vous contactons pour l'établir.",
                instant(refusDemande.plusDays(5), 9, 10));

        Salarie promu = choisir(cevennes, salarie -> couvertAujourdhui(salarie, referentiel.cevennesDeces));
        Demande augmentation = soumettre(cevennes, sophie, new MajSalaireReference(promu.id(),
                promu.salaireReference().plus(Montant.centimes(800_000)), debutMois.plusMonths(1)),
                instant(aujourdhui.minusDays(8), 15, 15));
        augmentation.demanderComplement(gestionnaire, "Merci de joindre l'avenant au contrat de travail fixant le "
                + "nouveau salaire.", instant(aujourdhui.minusDays(6), 10, 0));

        LocalDate finDuMoisPrecedent = debutMois.minusMonths(1).minusDays(1);
        Contrat assistance = referentiel.cevennesAssistance;
        Salarie rentre = choisir(cevennes,
                salarie -> ouvertDepuisAvant(salarie, assistance, finDuMoisPrecedent.minusMonths(1)));
        Demande retour = soumettre(cevennes, sophie, new RadiationSalarie(rentre.id(), assistance.id(),
                finDuMoisPrecedent), instant(finDuMoisPrecedent.minusDays(25), 11, 0));
        retour.valider(gestionnaire, "Radiation enregistrée à la fin du mois.", instant(finDuMoisPrecedent.minusDays(21),
                14, 45));
        rentre.radier(assistance.id(), finDuMoisPrecedent);

        // A raise validated three months ago: the new salary is the current one.
        Salarie augmente = choisir(cevennes, salarie -> couvertAujourdhui(salarie, referentiel.cevennesSante));
        LocalDate dateAugmentation = debutMois.minusMonths(3);
        Montant nouveauSalaire = augmente.salaireReference().plus(Montant.centimes(350_000));
        Demande revalorisation = soumettre(cevennes, sophie, new MajSalaireReference(augmente.id(),
                nouveauSalaire, dateAugmentation), instant(dateAugmentation.minusDays(12), 9, 5));
        revalorisation.valider(gestionnaire, null, instant(dateAugmentation.minusDays(9), 16, 20));
        augmente.changerSalaireReference(nouveauSalaire);
    }

    private Demande soumettre(Entreprise entreprise, Utilisateur auteur, ContenuDemande contenu, Instant instant) {
        Demande demande = Demande.soumettre(new DemandeId(hasard.uuid()), entreprise.id(), auteur.id(), contenu, instant);
        demandes.add(demande);
        return demande;
    }

    /** An employee of the company matching the condition, each one concerned by one demande at most. */
    private Salarie choisir(Entreprise entreprise, Predicate<Salarie> condition) {
        List<Salarie> effectif = salaries.get(entreprise.id());
        int depart = hasard.entre(0, effectif.size() - 1);
        for (int i = 0; i < effectif.size(); i++) {
            Salarie salarie = effectif.get((depart + i) % effectif.size());
            if (!dejaConcernes.contains(salarie.id()) && condition.test(salarie)) {
                dejaConcernes.add(salarie.id());
                return salarie;
            }
        }
        throw new IllegalStateException("Aucun salarié de " + entreprise.raisonSociale() + " ne convient");
    }

    private boolean couvertAujourdhui(Salarie salarie, Contrat contrat) {
        return salarie.affiliationsActivesLe(aujourdhui).stream()
                .anyMatch(affiliation -> affiliation.contratId().equals(contrat.id()));
    }

    private static boolean ouvertDepuisAvant(Salarie salarie, Contrat contrat, LocalDate date) {
        return salarie.affiliations().stream().anyMatch(affiliation -> affiliation.contratId().equals(contrat.id())
                && affiliation.periode().estOuverte() && affiliation.periode().debut().isBefore(date));
    }

    private static Instant instant(LocalDate jour, int heure, int minute) {
        return jour.atTime(LocalTime.of(heure, minute)).atZone(PARIS).toInstant();
    }
}
