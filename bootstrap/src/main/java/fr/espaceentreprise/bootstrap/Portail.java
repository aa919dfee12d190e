package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.adapters.persistence.exploitation.JooqMaintenanceRepository;
import fr.espaceentreprise.application.compte.CguEnCache;
import fr.espaceentreprise.application.compte.CguRepository;
import fr.espaceentreprise.application.compte.PublierCguService;
import fr.espaceentreprise.application.exploitation.CacheMaintenance;
import fr.espaceentreprise.application.exploitation.ConsulterMaintenance;
import fr.espaceentreprise.application.exploitation.ConsulterMaintenanceService;
import fr.espaceentreprise.application.exploitation.ModifierMaintenanceService;
import fr.espaceentreprise.application.exploitation.SeConnecterHorsMaintenance;
import fr.espaceentreprise.adapters.mail.FichierMailSender;
import fr.espaceentreprise.adapters.mail.RedacteurCourriels;
import fr.espaceentreprise.adapters.mail.ServeurSmtp;
import fr.espaceentreprise.adapters.mail.SmtpMailSender;
import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.compte.Argon2PasswordHasher;
import fr.espaceentreprise.adapters.persistence.compte.JooqCguRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqDemandeInscriptionRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqIdentifiantsRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqConsentementsRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqDecisionsCompteRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqEffacementDonnees;
import fr.espaceentreprise.adapters.persistence.compte.JooqLectureComptes;
import fr.espaceentreprise.adapters.persistence.compte.JooqLectureDonneesPersonnelles;
import fr.espaceentreprise.application.compte.ConsulterComptesService;
import fr.espaceentreprise.application.compte.FermetureCompte;
import fr.espaceentreprise.application.compte.ReactiverCompteService;
import fr.espaceentreprise.application.compte.SupprimerCompteService;
import fr.espaceentreprise.application.compte.SuspendreCompteService;
import fr.espaceentreprise.application.donnees.ChangerConsentementProspectionService;
import fr.espaceentreprise.application.donnees.DonneesPersonnellesService;
import fr.espaceentreprise.adapters.persistence.compte.JooqJournalAudit;
import fr.espaceentreprise.adapters.persistence.compte.JooqLimiteurDeDebit;
import fr.espaceentreprise.adapters.persistence.compte.JooqSessionRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqTemporisationSansCompteRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqUtilisateurRepository;
import fr.espaceentreprise.adapters.persistence.compte.SecureRandomGenerateurSecrets;
import fr.espaceentreprise.adapters.persistence.compte.ZxcvbnRobustesse;
import fr.espaceentreprise.adapters.persistence.contenu.JooqAideRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqContactRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqDocumentRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqFaqRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqLectureDocuments;
import fr.espaceentreprise.adapters.persistence.contenu.JooqNumerosUrgenceRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqPaysDesSalaries;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.cotisation.JooqAppelDeCotisationRepository;
import fr.espaceentreprise.adapters.persistence.cotisation.JooqLectureCotisations;
import fr.espaceentreprise.adapters.persistence.demande.JooqClesIdempotence;
import fr.espaceentreprise.adapters.persistence.demande.JooqDemandeRepository;
import fr.espaceentreprise.adapters.persistence.demande.JooqLectureDemandes;
import fr.espaceentreprise.adapters.persistence.demande.JooqLectureSuiviDemandes;
import fr.espaceentreprise.adapters.persistence.demande.JooqPiecesJointesRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqLectureEntreprises;
import fr.espaceentreprise.adapters.persistence.exploitation.JdbcSondeBaseDeDonnees;
import fr.espaceentreprise.adapters.persistence.mandataire.JooqMandatRepository;
import fr.espaceentreprise.adapters.persistence.mandataire.JooqMandataireRepository;
import fr.espaceentreprise.adapters.persistence.notification.JooqBoiteDEnvoi;
import fr.espaceentreprise.adapters.persistence.notification.JooqNotifications;
import fr.espaceentreprise.adapters.persistence.salarie.JooqAttestationRepository;
import fr.espaceentreprise.adapters.persistence.salarie.JooqLectureSalaries;
import fr.espaceentreprise.adapters.persistence.salarie.JooqSalarieRepository;
import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.WebApplication;
import fr.espaceentreprise.application.accueil.ConsulterAccueilService;
import fr.espaceentreprise.application.compte.AccepterCguService;
import fr.espaceentreprise.application.compte.AuthentifierSessionService;
import fr.espaceentreprise.application.compte.ChangerLangueService;
import fr.espaceentreprise.application.compte.ChangerMotDePasseService;
import fr.espaceentreprise.application.compte.ConfirmerEmailService;
import fr.espaceentreprise.application.compte.ConsulterCguService;
import fr.espaceentreprise.application.compte.ConsulterInscriptionsService;
import fr.espaceentreprise.application.compte.ConsulterJournalService;
import fr.espaceentreprise.application.compte.ConsulterMonCompteService;
import fr.espaceentreprise.application.compte.ControleurInscriptions;
import fr.espaceentreprise.application.compte.DefinirMotDePasseService;
import fr.espaceentreprise.application.compte.DemanderCodeEmailService;
import fr.espaceentreprise.application.compte.DemanderInscriptionService;
import fr.espaceentreprise.application.compte.DonneesPersonnelles;
import fr.espaceentreprise.application.compte.IdentifiantOublieService;
import fr.espaceentreprise.application.compte.IdentifierActeur;
import fr.espaceentreprise.application.compte.IdentifierActeurService;
import fr.espaceentreprise.application.compte.MotDePasseOublieService;
import fr.espaceentreprise.application.compte.PasswordHasher;
import fr.espaceentreprise.application.compte.RejeterInscriptionService;
import fr.espaceentreprise.application.compte.SeConnecterService;
import fr.espaceentreprise.application.compte.SeDeconnecterService;
import fr.espaceentreprise.application.compte.SecretsDeNotificationService;
import fr.espaceentreprise.application.compte.ValiderInscriptionService;
import fr.espaceentreprise.application.contenu.ConsulterAideService;
import fr.espaceentreprise.application.contenu.ConsulterContactsService;
import fr.espaceentreprise.application.contenu.ConsulterDocumentsService;
import fr.espaceentreprise.application.contenu.ConsulterFaqService;
import fr.espaceentreprise.application.contenu.ConsulterUrgenceService;
import fr.espaceentreprise.application.contenu.EnregistrerContactService;
import fr.espaceentreprise.application.contenu.EnregistrerQuestionFaqService;
import fr.espaceentreprise.application.contenu.GererDocumentsService;
import fr.espaceentreprise.application.contenu.ModifierCentreDeGestionService;
import fr.espaceentreprise.application.contenu.ModifierNumeroZoneService;
import fr.espaceentreprise.application.contenu.RetirerContactService;
import fr.espaceentreprise.application.contenu.RetirerQuestionFaqService;
import fr.espaceentreprise.application.contrat.AppliquerGarantiesProgrammees;
import fr.espaceentreprise.application.contrat.AppliquerGarantiesProgrammeesService;
import fr.espaceentreprise.application.contrat.ConsulterContratsService;
import fr.espaceentreprise.application.cotisation.ConsulterCotisationsService;
import fr.espaceentreprise.application.demande.ConsulterDemandesService;
import fr.espaceentreprise.application.demande.ConsulterFileDemandesService;
import fr.espaceentreprise.application.demande.DeciderDemandeService;
import fr.espaceentreprise.application.demande.PurgerClesIdempotence;
import fr.espaceentreprise.application.demande.PurgerClesIdempotenceService;
import fr.espaceentreprise.application.demande.RepondreDemandeService;
import fr.espaceentreprise.application.demande.SoumettreDemandeService;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprisesService;
import fr.espaceentreprise.application.exploitation.ConsulterSanteService;
import fr.espaceentreprise.application.notification.DistribuerCourriels;
import fr.espaceentreprise.application.notification.DistribuerCourrielsService;
import fr.espaceentreprise.application.notification.MailSender;
import fr.espaceentreprise.application.notification.SecretsDeNotification;
import fr.espaceentreprise.application.salarie.ConsulterSalariesService;
import fr.espaceentreprise.application.salarie.DelivrerAttestationService;
import fr.espaceentreprise.application.salarie.VerifierAttestationService;
import fr.espaceentreprise.bootstrap.demo.ComptesDemo;
import fr.espaceentreprise.bootstrap.demo.DocumentsDemo;
import fr.espaceentreprise.bootstrap.demo.DonneesDemo;

import io.javalin.Javalin;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The whole portal wired together: database, migrations, demo data, use cases, web server, mail dispatch. */
public final class Portail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Portail.class);

    /** Business dates (échéances, dates d'effet, the 2-year access rule) are Paris dates. */
    static final ZoneId FUSEAU_METIER = ZoneId.of("Europe/Paris");

    private final BaseDeDonnees base;
    private final Javalin web;
    private final TachesPlanifiees taches;

    private Portail(BaseDeDonnees base, Javalin web, TachesPlanifiees taches) {
        this.base = base;
        this.web = web;
        this.taches = taches;
    }

    public static Portail demarrer(Configuration configuration) {
        return demarrer(configuration, Clock.system(FUSEAU_METIER));
    }

    static Portail demarrer(Configuration configuration, Clock horloge) {
        BaseDeDonnees base = BaseDeDonnees.ouvrir(configuration);
        try {
            DataSource dataSource = base.dataSource();
            Persistance.migrer(dataSource);
            DSLContext dsl = Persistance.dsl(dataSource);
            PasswordHasher hacheur = new Argon2PasswordHasher();
            if (configuration.demoData()) {
                semerDonneesDemo(dsl, hacheur, horloge);
            }
            DistribuerCourriels distribuerCourriels = distribuerCourriels(configuration, dsl, hacheur, horloge);
            CguRepository cgu = new CguEnCache(new JooqCguRepository(dsl), horloge);
            ConfigurationWeb.Exploitation exploitation = exploitation(configuration, dsl, cgu, horloge);
            Javalin web = WebApplication.creer(new ConfigurationWeb(configuration.baseUrl(),
                    new ConsulterSanteService(new JdbcSondeBaseDeDonnees(dataSource)))
                    .avecComptes(comptes(dsl, cgu, hacheur, horloge, exploitation.consulterMaintenance()))
                    .avecConsultation(consultation(dsl, horloge))
                    .avecDemandes(demandes(dsl, horloge))
                    .avecInformations(informations(configuration.informations(), dsl, horloge))
                    .avecExploitation(exploitation)
                    .avecDocuments(documents(dsl, horloge))
                    .avecDonnees(donnees(dsl, horloge)));
            web.start(configuration.port());
            return new Portail(base, web, TachesPlanifiees.demarrer(taches(distribuerCourriels, dsl, horloge)));
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    private static void semerDonneesDemo(DSLContext dsl, PasswordHasher hacheur, Clock horloge) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        DonneesDemo demo = new DonneesDemo(new JooqTransactions(dsl),
                new JooqEntrepriseRepository(dsl), new JooqMandataireRepository(dsl), new JooqMandatRepository(dsl),
                new JooqContratRepository(dsl), new JooqSalarieRepository(dsl),
                new JooqAppelDeCotisationRepository(dsl), new JooqDemandeRepository(dsl),
                new JooqUtilisateurRepository(dsl));
        if (demo.semer(aujourdhui)) {
            LOG.info("Demo data seeded (companies 10000001 to 10000004, brokers 20000001 and 20000002)");
        } else {
            LOG.info("Demo data already present");
        }
        ComptesDemo comptes = new ComptesDemo(new JooqTransactions(dsl), new JooqUtilisateurRepository(dsl),
                new JooqIdentifiantsRepository(dsl), new JooqCguRepository(dsl), hacheur);
        if (comptes.preparer(horloge.instant()) > 0) {
            LOG.info("Demo accounts ready to log in (see README): {}", ComptesDemo.CONNEXIONS.keySet());
        }
        int documents = new DocumentsDemo(new JooqTransactions(dsl), new JooqDocumentRepository(dsl),
                new JooqLectureDocuments(dsl)).publier(horloge.instant());
        if (documents > 0) {
            LOG.info("{} demo documents published in the rubrique Téléchargement", documents);
        }
    }

    /**
     * Operations on PostgreSQL: publishing the CGU, the maintenance (the environment's, if set, winning over the
     * stored one, which each instance reads at most every {@link CacheMaintenance#DUREE}).
     */
    private static ConfigurationWeb.Exploitation exploitation(Configuration configuration, DSLContext dsl,
            CguRepository cgu, Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        JooqMaintenanceRepository maintenances = new JooqMaintenanceRepository(dsl);
        JooqJournalAudit journal = new JooqJournalAudit(dsl);
        CacheMaintenance cache = new CacheMaintenance();
        configuration.maintenanceImposee().ifPresent(maintenance -> LOG.warn(
                "Maintenance imposed by ESPACE_MAINTENANCE: {}", maintenance.fermeTout() ? "whole space"
                        : maintenance.rubriques()));
        return new ConfigurationWeb.Exploitation(
                new PublierCguService(cgu, journal, transactions, horloge),
                new ConsulterMaintenanceService(maintenances, cache, configuration.maintenanceImposee(), transactions,
                        horloge),
                new ModifierMaintenanceService(maintenances, cache, journal, transactions, horloge));
    }

    /**
     * The accounts use cases on PostgreSQL, for the web adapter; login minds the maintenance. {@code cgu} is shared
     * with the publishing of operations, so that a publication is seen at once.
     */
    private static ConfigurationWeb.Comptes comptes(DSLContext dsl, CguRepository cgu, PasswordHasher hacheur,
            Clock horloge, ConsulterMaintenance maintenance) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
        JooqIdentifiantsRepository identifiants = new JooqIdentifiantsRepository(dsl);
        JooqSessionRepository sessions = new JooqSessionRepository(dsl);
        JooqDemandeInscriptionRepository demandesInscription = new JooqDemandeInscriptionRepository(dsl);
        JooqEntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);
        JooqMandataireRepository mandataires = new JooqMandataireRepository(dsl);
        JooqJournalAudit journal = new JooqJournalAudit(dsl);
        JooqLimiteurDeDebit limiteur = new JooqLimiteurDeDebit(dsl);
        JooqNotifications notifications = new JooqNotifications(dsl, horloge);
        ZxcvbnRobustesse robustesse = new ZxcvbnRobustesse();
        IdentifierActeur identifierActeur = new IdentifierActeurService(utilisateurs, new JooqContratRepository(dsl),
                new JooqMandatRepository(dsl), horloge);
        DonneesPersonnelles donneesPersonnelles = new DonneesPersonnelles(entreprises, mandataires,
                demandesInscription);
        ControleurInscriptions controleur = new ControleurInscriptions(entreprises, mandataires, utilisateurs);
        return new ConfigurationWeb.Comptes(
                new SeConnecterHorsMaintenance(new SeConnecterService(utilisateurs, identifiants,
                        new JooqTemporisationSansCompteRepository(dsl), sessions, cgu, identifierActeur, hacheur,
                        new SecureRandomGenerateurSecrets(), limiteur, journal, transactions, horloge),
                        maintenance, sessions, transactions, horloge),
                new AuthentifierSessionService(sessions, cgu, identifierActeur, transactions, horloge),
                new SeDeconnecterService(sessions, utilisateurs, journal, transactions, horloge),
                new DemanderInscriptionService(demandesInscription, limiteur, journal, transactions, horloge),
                new ConsulterInscriptionsService(demandesInscription, controleur, transactions),
                new ValiderInscriptionService(demandesInscription, controleur, utilisateurs, identifiants,
                        notifications, journal, transactions, horloge),
                new RejeterInscriptionService(demandesInscription, notifications, journal, transactions, horloge),
                new DefinirMotDePasseService(utilisateurs, identifiants, sessions, donneesPersonnelles, robustesse,
                        hacheur, journal, transactions, horloge),
                new ChangerMotDePasseService(utilisateurs, identifiants, sessions, donneesPersonnelles, robustesse,
                        hacheur, journal, transactions, horloge),
                new DemanderCodeEmailService(utilisateurs, notifications, limiteur, transactions, horloge),
                new ConfirmerEmailService(utilisateurs, identifiants, sessions, hacheur, journal, transactions,
                        horloge),
                new ConsulterCguService(cgu, transactions, horloge),
                new AccepterCguService(cgu, utilisateurs, sessions, journal, transactions, horloge),
                new MotDePasseOublieService(utilisateurs, notifications, limiteur, journal, transactions, horloge),
                new IdentifiantOublieService(utilisateurs, notifications, limiteur, journal, transactions, horloge),
                new ChangerLangueService(utilisateurs, transactions),
                new ConsulterJournalService(journal, transactions),
                new ConsulterMonCompteService(utilisateurs, transactions));
    }

    /** The consultation rubriques on PostgreSQL: home page, entreprises, salariés and attestations, contrats, cotisations. */
    private static ConfigurationWeb.Consultation consultation(DSLContext dsl, Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        JooqEntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);
        JooqContratRepository contrats = new JooqContratRepository(dsl);
        JooqSalarieRepository salaries = new JooqSalarieRepository(dsl);
        JooqAttestationRepository attestations = new JooqAttestationRepository(dsl);
        JooqLectureEntreprises lectureEntreprises = new JooqLectureEntreprises(dsl);
        JooqLectureCotisations lectureCotisations = new JooqLectureCotisations(dsl);
        return new ConfigurationWeb.Consultation(
                new ConsulterAccueilService(lectureEntreprises, lectureCotisations, new JooqLectureDemandes(dsl),
                        transactions, horloge),
                new ConsulterEntreprisesService(entreprises, lectureEntreprises, transactions),
                new ConsulterSalariesService(entreprises, contrats, salaries, new JooqLectureSalaries(dsl),
                        transactions, horloge),
                new DelivrerAttestationService(entreprises, contrats, salaries, attestations,
                        new SecureRandomGenerateurSecrets(), transactions, horloge),
                new VerifierAttestationService(attestations, salaries, transactions, horloge),
                new ConsulterContratsService(entreprises, contrats, transactions, horloge),
                new ConsulterCotisationsService(entreprises, contrats, new JooqAppelDeCotisationRepository(dsl),
                        lectureCotisations, transactions, horloge),
                horloge);
    }

    /** The demandes on PostgreSQL: submission, tracking and reply, the back office's queue and decisions. */
    private static ConfigurationWeb.Demandes demandes(DSLContext dsl, Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        JooqEntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);
        JooqContratRepository contrats = new JooqContratRepository(dsl);
        JooqSalarieRepository salaries = new JooqSalarieRepository(dsl);
        JooqDemandeRepository demandes = new JooqDemandeRepository(dsl);
        JooqPiecesJointesRepository piecesJointes = new JooqPiecesJointesRepository(dsl);
        JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
        JooqNotifications notifications = new JooqNotifications(dsl, horloge);
        JooqJournalAudit journal = new JooqJournalAudit(dsl);
        JooqLectureSuiviDemandes lecture = new JooqLectureSuiviDemandes(dsl);
        return new ConfigurationWeb.Demandes(
                new SoumettreDemandeService(entreprises, contrats, salaries, demandes, piecesJointes,
                        new JooqClesIdempotence(dsl), utilisateurs, notifications, journal, transactions, horloge),
                new ConsulterDemandesService(entreprises, contrats, salaries, demandes, piecesJointes, lecture, utilisateurs,
                        transactions),
                new RepondreDemandeService(entreprises, demandes, piecesJointes, utilisateurs, notifications,
                        journal, transactions, horloge),
                new ConsulterFileDemandesService(lecture, transactions),
                new DeciderDemandeService(entreprises, contrats, salaries, demandes, utilisateurs, notifications,
                        journal, transactions, horloge, Optional.of(fermetureCompte(dsl, horloge))));
    }

    /** What suspending, reactivating and deleting an account does, on PostgreSQL. */
    private static FermetureCompte fermetureCompte(DSLContext dsl, Clock horloge) {
        return new FermetureCompte(new JooqUtilisateurRepository(dsl), new JooqSessionRepository(dsl),
                new JooqEffacementDonnees(dsl), new JooqDecisionsCompteRepository(dsl),
                new JooqNotifications(dsl, horloge), new JooqJournalAudit(dsl));
    }

    /** The back office's acts on accounts, the users' personal data and their prospecting consent. */
    private static ConfigurationWeb.Donnees donnees(DSLContext dsl, Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
        JooqJournalAudit journal = new JooqJournalAudit(dsl);
        JooqConsentementsRepository consentements = new JooqConsentementsRepository(dsl);
        FermetureCompte fermeture = fermetureCompte(dsl, horloge);
        DonneesPersonnellesService donneesPersonnelles = new DonneesPersonnellesService(utilisateurs,
                new JooqEntrepriseRepository(dsl), new JooqMandataireRepository(dsl), consentements,
                new JooqLectureDonneesPersonnelles(dsl), new JooqDemandeRepository(dsl), journal, transactions,
                horloge);
        return new ConfigurationWeb.Donnees(
                new ConsulterComptesService(new JooqLectureComptes(dsl), new JooqDecisionsCompteRepository(dsl),
                        transactions),
                new SuspendreCompteService(utilisateurs, fermeture, transactions, horloge),
                new ReactiverCompteService(utilisateurs, fermeture, transactions, horloge),
                new SupprimerCompteService(utilisateurs, fermeture, transactions, horloge),
                donneesPersonnelles, donneesPersonnelles,
                new ChangerConsentementProspectionService(utilisateurs, consentements, journal, transactions,
                        horloge));
    }

    /** Service d'urgence, sécurité, contact, FAQ and aide on PostgreSQL, and the back office of their contents. */
    private static ConfigurationWeb.Informations informations(Configuration.Informations configuration,
            DSLContext dsl, Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        JooqNumerosUrgenceRepository numeros = new JooqNumerosUrgenceRepository(dsl);
        JooqContactRepository contacts = new JooqContactRepository(dsl);
        JooqFaqRepository faq = new JooqFaqRepository(dsl);
        JooqJournalAudit journal = new JooqJournalAudit(dsl);
        return new ConfigurationWeb.Informations(
                new ConsulterUrgenceService(numeros, new JooqPaysDesSalaries(dsl), transactions),
                new ConsulterContactsService(contacts, configuration.centreRelationsClients(), transactions, horloge),
                new ConsulterFaqService(faq, transactions),
                new ConsulterAideService(new JooqAideRepository(dsl), transactions),
                new ModifierNumeroZoneService(numeros, journal, transactions, horloge),
                new ModifierCentreDeGestionService(numeros, journal, transactions, horloge),
                new EnregistrerContactService(contacts, journal, transactions, horloge),
                new RetirerContactService(contacts, journal, transactions, horloge),
                new EnregistrerQuestionFaqService(faq, journal, transactions, horloge),
                new RetirerQuestionFaqService(faq, journal, transactions, horloge),
                configuration.alertesSecurite());
    }

    /** The rubrique Téléchargement on PostgreSQL: the list and downloads, the back office's uploads. */
    private static ConfigurationWeb.Documents documents(DSLContext dsl, Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        JooqDocumentRepository documents = new JooqDocumentRepository(dsl);
        JooqLectureDocuments lecture = new JooqLectureDocuments(dsl);
        return new ConfigurationWeb.Documents(new ConsulterDocumentsService(documents, lecture, transactions),
                new GererDocumentsService(documents, lecture, new JooqJournalAudit(dsl), transactions, horloge));
    }

    /** Mails every few seconds; housekeeping a minute after start (not in the way of starting), then hourly. */
    private static List<TachesPlanifiees.Tache> taches(DistribuerCourriels distribuerCourriels, DSLContext dsl,
            Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        AppliquerGarantiesProgrammees garanties = new AppliquerGarantiesProgrammeesService(
                new JooqContratRepository(dsl), transactions, horloge);
        PurgerClesIdempotence purge = new PurgerClesIdempotenceService(new JooqClesIdempotence(dsl), transactions,
                horloge);
        Duration uneMinute = Duration.ofMinutes(1);
        return List.of(
                new TachesPlanifiees.Tache("mails sent", TachesPlanifiees.DISTRIBUTION,
                        TachesPlanifiees.DISTRIBUTION, distribuerCourriels::distribuer),
                new TachesPlanifiees.Tache("contrats switched to their garantie programmée", uneMinute,
                        TachesPlanifiees.ENTRETIEN, garanties::appliquer),
                new TachesPlanifiees.Tache("idempotency keys purged", uneMinute, TachesPlanifiees.ENTRETIEN,
                        purge::purger));
    }

    private static DistribuerCourriels distribuerCourriels(Configuration configuration, DSLContext dsl,
            PasswordHasher hacheur, Clock horloge) {
        JooqTransactions transactions = new JooqTransactions(dsl);
        SecretsDeNotification secrets = new SecretsDeNotificationService(new JooqIdentifiantsRepository(dsl),
                new SecureRandomGenerateurSecrets(), hacheur, transactions, horloge);
        return new DistribuerCourrielsService(transactions, new JooqBoiteDEnvoi(dsl),
                secrets, new RedacteurCourriels(configuration.baseUrl()),
                mailSender(configuration, horloge), horloge);
    }

    private static MailSender mailSender(Configuration configuration, Clock horloge) {
        Configuration.Smtp smtp = configuration.smtp();
        if (smtp.hote().isPresent()) {
            ServeurSmtp serveur = new ServeurSmtp(smtp.hote().get(), smtp.port(), smtp.utilisateur(),
                    smtp.motDePasse(), smtp.starttls());
            LOG.info("Mails are sent through {}", serveur);
            return new SmtpMailSender(serveur, smtp.expediteur(), horloge);
        }
        LOG.info("No SMTP server configured (ESPACE_SMTP_HOST): mails are written as .eml files to {}",
                configuration.repertoireCourriels());
        return new FichierMailSender(configuration.repertoireCourriels(), smtp.expediteur(), horloge);
    }

    public int port() {
        return web.port();
    }

    DataSource dataSource() {
        return base.dataSource();
    }

    public URI adresseLocale() {
        return URI.create("http://localhost:" + port());
    }

    @Override
    public void close() {
        LOG.info("Stopping the portal");
        taches.close();
        web.stop();
        base.close();
    }
}
