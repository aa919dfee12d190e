package fr.espaceentreprise.application;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.AppareilsRepository;
import fr.espaceentreprise.application.compte.CguRepository;
import fr.espaceentreprise.application.compte.ConnexionsEnAttenteRepository;
import fr.espaceentreprise.application.compte.JetonsApiRepository;
import fr.espaceentreprise.application.compte.SecondsFacteursRepository;
import fr.espaceentreprise.application.compte.DecisionsCompteRepository;
import fr.espaceentreprise.application.compte.DemandeInscriptionRepository;
import fr.espaceentreprise.application.compte.EffacementDonnees;
import fr.espaceentreprise.application.compte.IdentifiantsRepository;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.application.compte.LectureComptes;
import fr.espaceentreprise.application.compte.LimiteurDeDebit;
import fr.espaceentreprise.application.compte.SessionRepository;
import fr.espaceentreprise.application.compte.TemporisationSansCompteRepository;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.contenu.AideRepository;
import fr.espaceentreprise.application.contenu.ContactRepository;
import fr.espaceentreprise.application.contenu.DocumentRepository;
import fr.espaceentreprise.application.contenu.FaqRepository;
import fr.espaceentreprise.application.contenu.LectureDocuments;
import fr.espaceentreprise.application.contenu.NumerosUrgenceRepository;
import fr.espaceentreprise.application.contenu.PaysDesSalaries;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.cotisation.AppelDeCotisationRepository;
import fr.espaceentreprise.application.cotisation.LectureCotisations;
import fr.espaceentreprise.application.demande.ClesIdempotence;
import fr.espaceentreprise.application.demande.DemandeRepository;
import fr.espaceentreprise.application.demande.LectureDemandes;
import fr.espaceentreprise.application.demande.LectureSuiviDemandes;
import fr.espaceentreprise.application.demande.PiecesJointesRepository;
import fr.espaceentreprise.application.donnees.ConsentementsRepository;
import fr.espaceentreprise.application.donnees.LectureDonneesPersonnelles;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.entreprise.LectureEntreprises;
import fr.espaceentreprise.application.exploitation.MaintenanceRepository;
import fr.espaceentreprise.application.exploitation.SondeBaseDeDonnees;
import fr.espaceentreprise.application.mandataire.MandatRepository;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.application.notification.BoiteDEnvoi;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.salarie.AttestationRepository;
import fr.espaceentreprise.application.salarie.LectureSalaries;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/**
 * Every port of what the core keeps: one {@link Transactions} and, over it, one adapter per aggregate, per read
 * model and per piece of shared state (sessions, limits, the mail outbox). The persistence adapter gives them all
 * at once, built on one database; the tests give in-memory fakes.
 */
public record Stockage(
        Transactions transactions,
        UtilisateurRepository utilisateurs,
        IdentifiantsRepository identifiants,
        TemporisationSansCompteRepository temporisationsSansCompte,
        SessionRepository sessions,
        SecondsFacteursRepository secondsFacteurs,
        ConnexionsEnAttenteRepository connexionsEnAttente,
        JetonsApiRepository jetonsApi,
        AppareilsRepository appareils,
        DemandeInscriptionRepository demandesInscription,
        CguRepository cgu,
        JournalAudit journal,
        LimiteurDeDebit limiteur,
        DecisionsCompteRepository decisionsCompte,
        EffacementDonnees effacementDonnees,
        LectureComptes lectureComptes,
        ConsentementsRepository consentements,
        LectureDonneesPersonnelles lectureDonneesPersonnelles,
        EntrepriseRepository entreprises,
        LectureEntreprises lectureEntreprises,
        MandataireRepository mandataires,
        MandatRepository mandats,
        ContratRepository contrats,
        SalarieRepository salaries,
        LectureSalaries lectureSalaries,
        AttestationRepository attestations,
        PaysDesSalaries paysDesSalaries,
        AppelDeCotisationRepository appels,
        LectureCotisations lectureCotisations,
        DemandeRepository demandes,
        PiecesJointesRepository piecesJointes,
        ClesIdempotence clesIdempotence,
        LectureDemandes lectureDemandes,
        LectureSuiviDemandes lectureSuiviDemandes,
        NumerosUrgenceRepository numerosUrgence,
        ContactRepository contacts,
        FaqRepository faq,
        AideRepository aide,
        DocumentRepository documents,
        LectureDocuments lectureDocuments,
        MaintenanceRepository maintenances,
        Notifications notifications,
        BoiteDEnvoi boiteDEnvoi,
        SondeBaseDeDonnees sonde) {

    public Stockage {
        Objects.requireNonNull(transactions, "transactions");
    }

    /** Throws naming the first port left null: a core half built would fail later, on a user's request. */
    public Stockage verifie() {
        for (RecordComponent composant : Stockage.class.getRecordComponents()) {
            try {
                Objects.requireNonNull(composant.getAccessor().invoke(this), composant.getName());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }
}
