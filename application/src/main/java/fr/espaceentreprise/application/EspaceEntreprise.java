package fr.espaceentreprise.application;

import fr.espaceentreprise.application.accueil.ConsulterAccueil;
import fr.espaceentreprise.application.accueil.ConsulterAccueilService;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.AccepterCgu;
import fr.espaceentreprise.application.compte.AccepterCguService;
import fr.espaceentreprise.application.compte.AuthentifierSession;
import fr.espaceentreprise.application.compte.AuthentifierSessionService;
import fr.espaceentreprise.application.compte.ChangerLangue;
import fr.espaceentreprise.application.compte.ChangerLangueService;
import fr.espaceentreprise.application.compte.ChangerMotDePasse;
import fr.espaceentreprise.application.compte.ChangerMotDePasseService;
import fr.espaceentreprise.application.compte.ConfirmerEmail;
import fr.espaceentreprise.application.compte.ConfirmerEmailService;
import fr.espaceentreprise.application.compte.ConsulterCgu;
import fr.espaceentreprise.application.compte.ConsulterCguService;
import fr.espaceentreprise.application.compte.ConsulterComptes;
import fr.espaceentreprise.application.compte.ConsulterComptesService;
import fr.espaceentreprise.application.compte.ConsulterInscriptions;
import fr.espaceentreprise.application.compte.ConsulterInscriptionsService;
import fr.espaceentreprise.application.compte.ConsulterJournal;
import fr.espaceentreprise.application.compte.ConsulterJournalService;
import fr.espaceentreprise.application.compte.ConsulterMonCompte;
import fr.espaceentreprise.application.compte.ConsulterMonCompteService;
import fr.espaceentreprise.application.compte.ControleurInscriptions;
import fr.espaceentreprise.application.compte.CguEnCache;
import fr.espaceentreprise.application.compte.CguRepository;
import fr.espaceentreprise.application.compte.DeciderCompte;
import fr.espaceentreprise.application.compte.DeciderCompteService;
import fr.espaceentreprise.application.compte.DefinirMotDePasse;
import fr.espaceentreprise.application.compte.DefinirMotDePasseService;
import fr.espaceentreprise.application.compte.DemanderCodeEmail;
import fr.espaceentreprise.application.compte.DemanderCodeEmailService;
import fr.espaceentreprise.application.compte.DemanderInscription;
import fr.espaceentreprise.application.compte.DemanderInscriptionService;
import fr.espaceentreprise.application.compte.DonneesPersonnelles;
import fr.espaceentreprise.application.compte.FermetureCompte;
import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.application.compte.GererSecondFacteurService;
import fr.espaceentreprise.application.compte.GererJetonsApi;
import fr.espaceentreprise.application.compte.GererJetonsApiService;
import fr.espaceentreprise.application.compte.GererSessions;
import fr.espaceentreprise.application.compte.GererSessionsService;
import fr.espaceentreprise.application.compte.PurgerConnexionsEnAttente;
import fr.espaceentreprise.application.compte.PurgerConnexionsEnAttenteService;
import fr.espaceentreprise.application.compte.IdentifierActeur;
import fr.espaceentreprise.application.compte.IdentifierActeurService;
import fr.espaceentreprise.application.compte.Identification;
import fr.espaceentreprise.application.compte.PublierCgu;
import fr.espaceentreprise.application.compte.PublierCguService;
import fr.espaceentreprise.application.compte.RecupererAcces;
import fr.espaceentreprise.application.compte.RecupererAccesService;
import fr.espaceentreprise.application.compte.RejeterInscription;
import fr.espaceentreprise.application.compte.RejeterInscriptionService;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.compte.SeConnecterService;
import fr.espaceentreprise.application.compte.SeDeconnecter;
import fr.espaceentreprise.application.compte.SeDeconnecterService;
import fr.espaceentreprise.application.compte.SecretsDeNotificationService;
import fr.espaceentreprise.application.compte.ValiderInscription;
import fr.espaceentreprise.application.compte.ValiderInscriptionService;
import fr.espaceentreprise.application.contenu.ConsulterAide;
import fr.espaceentreprise.application.contenu.ConsulterAideService;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.ConsulterContactsService;
import fr.espaceentreprise.application.contenu.ConsulterDocuments;
import fr.espaceentreprise.application.contenu.ConsulterDocumentsService;
import fr.espaceentreprise.application.contenu.ConsulterFaq;
import fr.espaceentreprise.application.contenu.ConsulterFaqService;
import fr.espaceentreprise.application.contenu.ConsulterUrgence;
import fr.espaceentreprise.application.contenu.ConsulterUrgenceService;
import fr.espaceentreprise.application.contenu.GererContacts;
import fr.espaceentreprise.application.contenu.GererDocuments;
import fr.espaceentreprise.application.contenu.GererDocumentsService;
import fr.espaceentreprise.application.contenu.GererFaq;
import fr.espaceentreprise.application.contenu.GererNumerosUrgence;
import fr.espaceentreprise.application.contenu.GestionContenusService;
import fr.espaceentreprise.application.contrat.AppliquerGarantiesProgrammees;
import fr.espaceentreprise.application.contrat.AppliquerGarantiesProgrammeesService;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ConsulterContratsService;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.ConsulterCotisationsService;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.ConsulterDemandesService;
import fr.espaceentreprise.application.demande.ConsulterFileDemandes;
import fr.espaceentreprise.application.demande.ConsulterFileDemandesService;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.application.demande.DeciderDemandeService;
import fr.espaceentreprise.application.demande.PurgerClesIdempotence;
import fr.espaceentreprise.application.demande.PurgerClesIdempotenceService;
import fr.espaceentreprise.application.demande.RepondreDemande;
import fr.espaceentreprise.application.demande.RepondreDemandeService;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.application.demande.SoumettreDemandeService;
import fr.espaceentreprise.application.donnees.ChangerConsentementProspection;
import fr.espaceentreprise.application.donnees.ChangerConsentementProspectionService;
import fr.espaceentreprise.application.donnees.ConsulterDonneesPersonnelles;
import fr.espaceentreprise.application.donnees.DonneesPersonnellesService;
import fr.espaceentreprise.application.donnees.ExporterDonneesPersonnelles;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprisesService;
import fr.espaceentreprise.application.exploitation.CacheMaintenance;
import fr.espaceentreprise.application.exploitation.ConsulterMaintenance;
import fr.espaceentreprise.application.exploitation.ConsulterMaintenanceService;
import fr.espaceentreprise.application.exploitation.ConsulterSante;
import fr.espaceentreprise.application.exploitation.ConsulterSanteService;
import fr.espaceentreprise.application.exploitation.ModifierMaintenance;
import fr.espaceentreprise.application.exploitation.ModifierMaintenanceService;
import fr.espaceentreprise.application.notification.DistribuerCourriels;
import fr.espaceentreprise.application.notification.DistribuerCourrielsService;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.ConsulterSalariesService;
import fr.espaceentreprise.application.salarie.DelivrerAttestation;
import fr.espaceentreprise.application.salarie.DelivrerAttestationService;
import fr.espaceentreprise.application.salarie.VerifierAttestation;
import fr.espaceentreprise.application.salarie.VerifierAttestationService;
import java.time.Clock;
import java.util.Objects;

/**
 * The core of the portal, whole: every use case, built once over the {@link Ports} it is given, grouped by
 * capability. The web adapter serves it; another JVM service (an insurer's back office, an HR tool) can embed it
 * and gets exactly the same rules and refusals.
 *
 * <h2>Starting it</h2>
 * <pre>
 * Persistance persistance = Persistance.sur(dataSource, horloge);   // adapters-persistence
 * persistance.migrer();                                              // Flyway, when you own the schema
 * EspaceEntreprise espace = new EspaceEntreprise(
 *         persistance.ports(new RedacteurCourriels(adresse), monMailSender),  // adapters-mail writes the texts
 *         new Reglages(centreRelationsClients));
 * </pre>
 * The clock's zone is the business one (Europe/Paris): échéances and dates d'effet are read in it. Mails are
 * queued in the database with the change that causes them; run {@code exploitation().distribuerCourriels()}
 * every few seconds, and {@code appliquerGarantiesProgrammees()} and {@code purgerClesIdempotence()} hourly, on
 * any number of instances.
 *
 * <h2>Who acts</h2>
 * Every use case that touches customer data takes the {@link fr.espaceentreprise.domain.perimetre.Acteur} who
 * calls: get it from a login ({@code comptes().seConnecter()}, then {@code comptes().authentifierSession()} with the
 * session token at each piece of work), or, when your service authenticates its users itself, from
 * {@code comptes().identifierActeur()}. Ask again for each piece of work: the périmètre and the pending steps
 * change (a mandate ends, new CGU are published).
 *
 * <h2>Refusals</h2>
 * The use cases check everything themselves, whoever calls them:
 * <ul>
 *   <li>anything outside the actor's périmètre, and the back office to anyone but a gestionnaire:
 *       {@link fr.espaceentreprise.application.commun.IntrouvableException} (as if it did not exist);</li>
 *   <li>a first-login step still pending (a password of one's own, the e-mail code, the CGU in force):
 *       {@link fr.espaceentreprise.application.commun.AccesRefuseException} naming it; only the steps themselves,
 *       one's account, logout and the language stay open;</li>
 *   <li>the space or the rubrique closed for maintenance:
 *       {@link fr.espaceentreprise.application.commun.EspaceFermeException} with the maintenance's message
 *       (never to a gestionnaire);</li>
 *   <li>bad input: {@link fr.espaceentreprise.domain.commun.ValeurInvalideException} naming the field; a rule
 *       the state forbids: {@link fr.espaceentreprise.domain.commun.RegleMetierException}; too many attempts:
 *       {@link fr.espaceentreprise.application.commun.TropDeTentativesException}.</li>
 * </ul>
 * Each exception carries a stable code ({@code demande.transition.interdite}); the web adapter's message bundles
 * translate them into French and English.
 */
public final class EspaceEntreprise {

    private final ControleAcces acces;
    private final Comptes comptes;
    private final Consultation consultation;
    private final Demandes demandes;
    private final Contenus contenus;
    private final DonneesPersonnellesDuCompte donnees;
    private final Exploitation exploitation;
    private final Gestion gestion;

    public EspaceEntreprise(Ports ports, Reglages reglages) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(reglages, "reglages");
        Stockage s = ports.stockage();
        Transactions tx = s.transactions();
        Clock horloge = ports.horloge();

        CacheMaintenance cacheMaintenance = new CacheMaintenance();
        ConsulterMaintenance maintenance = new ConsulterMaintenanceService(s.maintenances(), cacheMaintenance,
                reglages.maintenanceImposee(), tx, horloge);
        ControleAcces acces = new ControleAcces(maintenance::enVigueur);
        this.acces = acces;
        // One cache for reading and publishing, so that a publication is seen at once on this instance.
        CguRepository cgu = new CguEnCache(s.cgu(), horloge);
        Identification identification = new Identification(s.utilisateurs(), s.contrats(), s.mandats(), horloge);
        DonneesPersonnelles donneesDuCompte = new DonneesPersonnelles(s.entreprises(), s.mandataires(),
                s.demandesInscription());
        ControleurInscriptions controleur = new ControleurInscriptions(s.entreprises(), s.mandataires(),
                s.utilisateurs());
        FermetureCompte fermeture = new FermetureCompte(s.utilisateurs(), s.sessions(), s.effacementDonnees(),
                s.decisionsCompte(), s.notifications(), s.journal());

        this.comptes = new Comptes(
                new SeConnecterService(s.utilisateurs(), s.identifiants(), s.temporisationsSansCompte(),
                        s.sessions(), cgu, s.secondsFacteurs(), s.connexionsEnAttente(), s.appareils(),
                        identification, ports.hacheur(), ports.generateur(), s.limiteur(), s.journal(),
                        s.notifications(), reglages.secondFacteur(), acces, tx, horloge),
                new AuthentifierSessionService(s.sessions(), s.jetonsApi(), cgu, identification, tx, horloge),
                new IdentifierActeurService(identification, s.utilisateurs(), s.identifiants(), cgu,
                        s.secondsFacteurs(), reglages.secondFacteur(), tx, horloge),
                new SeDeconnecterService(s.sessions(), s.utilisateurs(), s.journal(), tx, horloge),
                new DemanderInscriptionService(s.demandesInscription(), s.limiteur(), s.journal(), acces, tx,
                        horloge),
                new RecupererAccesService(s.utilisateurs(), s.notifications(), s.limiteur(), s.journal(), acces, tx,
                        horloge),
                new DefinirMotDePasseService(s.utilisateurs(), s.identifiants(), s.sessions(), donneesDuCompte,
                        ports.robustesse(), ports.hacheur(), s.journal(), s.notifications(), acces, tx, horloge),
                new DemanderCodeEmailService(s.utilisateurs(), s.notifications(), s.limiteur(), acces, tx, horloge),
                new ConfirmerEmailService(s.utilisateurs(), s.identifiants(), s.sessions(), ports.hacheur(),
                        s.journal(), acces, tx, horloge),
                new GererSecondFacteurService(s.utilisateurs(), s.identifiants(), s.secondsFacteurs(), s.sessions(),
                        ports.generateur(), s.journal(), s.notifications(), reglages.secondFacteur(), acces, tx,
                        horloge),
                new AccepterCguService(cgu, s.utilisateurs(), s.sessions(), s.journal(), acces, tx, horloge),
                new ChangerMotDePasseService(s.utilisateurs(), s.identifiants(), s.sessions(), donneesDuCompte,
                        ports.robustesse(), ports.hacheur(), s.journal(), s.notifications(), acces, tx, horloge),
                new GererJetonsApiService(s.utilisateurs(), s.jetonsApi(), ports.generateur(), s.journal(),
                        s.notifications(), acces, tx, horloge),
                new GererSessionsService(s.utilisateurs(), s.sessions(), s.journal(), acces, tx, horloge),
                new ChangerLangueService(s.utilisateurs(), tx),
                new ConsulterMonCompteService(s.utilisateurs(), acces, tx));

        this.consultation = new Consultation(
                new ConsulterAccueilService(s.lectureEntreprises(), s.lectureCotisations(), s.lectureDemandes(),
                        acces, tx, horloge),
                new ConsulterEntreprisesService(s.entreprises(), s.lectureEntreprises(), acces, tx),
                new ConsulterSalariesService(s.entreprises(), s.contrats(), s.salaries(), s.lectureSalaries(), acces,
                        tx, horloge),
                new DelivrerAttestationService(s.entreprises(), s.contrats(), s.salaries(), s.attestations(),
                        ports.generateur(), acces, tx, horloge),
                new VerifierAttestationService(s.attestations(), s.salaries(), acces, tx, horloge),
                new ConsulterContratsService(s.entreprises(), s.contrats(), acces, tx, horloge),
                new ConsulterCotisationsService(s.entreprises(), s.contrats(), s.appels(), s.lectureCotisations(),
                        acces, tx, horloge));

        this.demandes = new Demandes(
                new SoumettreDemandeService(s.entreprises(), s.contrats(), s.salaries(), s.demandes(),
                        s.piecesJointes(), s.clesIdempotence(), s.utilisateurs(), s.notifications(), s.journal(),
                        acces, tx, horloge),
                new ConsulterDemandesService(s.entreprises(), s.contrats(), s.salaries(), s.demandes(),
                        s.piecesJointes(), s.lectureSuiviDemandes(), s.utilisateurs(), acces, tx),
                new RepondreDemandeService(s.entreprises(), s.demandes(), s.piecesJointes(), s.utilisateurs(),
                        s.notifications(), s.journal(), acces, tx, horloge));

        this.contenus = new Contenus(
                new ConsulterUrgenceService(s.numerosUrgence(), s.paysDesSalaries(), acces, tx),
                new ConsulterContactsService(s.contacts(), reglages.centreRelationsClients(), acces, tx, horloge),
                new ConsulterFaqService(s.faq(), acces, tx),
                new ConsulterAideService(s.aide(), tx),
                new ConsulterDocumentsService(s.documents(), s.lectureDocuments(), acces, tx),
                new ConsulterCguService(cgu, tx, horloge));

        DonneesPersonnellesService donneesPersonnelles = new DonneesPersonnellesService(s.utilisateurs(),
                s.entreprises(), s.mandataires(), s.consentements(), s.lectureDonneesPersonnelles(), s.demandes(),
                s.journal(), acces, tx, horloge);
        this.donnees = new DonneesPersonnellesDuCompte(donneesPersonnelles, donneesPersonnelles,
                new ChangerConsentementProspectionService(s.utilisateurs(), s.consentements(), s.journal(), acces,
                        tx, horloge));

        this.exploitation = new Exploitation(
                new ConsulterSanteService(s.sonde()),
                maintenance,
                new DistribuerCourrielsService(tx, s.boiteDEnvoi(),
                        new SecretsDeNotificationService(s.identifiants(), ports.generateur(), ports.hacheur(), tx,
                                horloge),
                        ports.redaction(), ports.mailSender(), horloge),
                new AppliquerGarantiesProgrammeesService(s.contrats(), tx, horloge),
                new PurgerClesIdempotenceService(s.clesIdempotence(), tx, horloge),
                new PurgerConnexionsEnAttenteService(s.connexionsEnAttente(), tx, horloge));

        GestionContenusService contenusGeres = new GestionContenusService(s.contacts(), s.faq(), s.numerosUrgence(),
                s.journal(), acces, tx, horloge);
        this.gestion = new Gestion(
                new ConsulterInscriptionsService(s.demandesInscription(), controleur, acces, tx),
                new ValiderInscriptionService(s.demandesInscription(), controleur, s.utilisateurs(), s.identifiants(),
                        s.notifications(), s.journal(), acces, tx, horloge),
                new RejeterInscriptionService(s.demandesInscription(), s.notifications(), s.journal(), acces, tx,
                        horloge),
                new ConsulterJournalService(s.journal(), acces, tx),
                new ConsulterComptesService(s.lectureComptes(), s.decisionsCompte(), acces, tx),
                new DeciderCompteService(s.utilisateurs(), s.secondsFacteurs(), s.sessions(), s.journal(),
                        s.notifications(), fermeture, acces, tx, horloge),
                new ConsulterFileDemandesService(s.lectureSuiviDemandes(), acces, tx),
                new DeciderDemandeService(s.entreprises(), s.contrats(), s.salaries(), s.demandes(), s.utilisateurs(),
                        fermeture, s.notifications(), s.journal(), acces, tx, horloge),
                contenusGeres, contenusGeres, contenusGeres,
                new GererDocumentsService(s.documents(), s.lectureDocuments(), s.journal(), acces, tx, horloge),
                new PublierCguService(cgu, s.journal(), acces, tx, horloge),
                new ModifierMaintenanceService(s.maintenances(), cacheMaintenance, s.journal(), acces, tx, horloge));
    }

    /**
     * The gates every use case passes first, for an adapter that shows something before calling one (an empty
     * form, a confirmation page): asking them there gives the user the refusal he would get on submitting.
     */
    public ControleAcces acces() {
        return acces;
    }

    /**
     * Sign-up, login (with the second factor) and sessions, the first-login steps, forgotten credentials, one's own
     * account: its second factor, API tokens and open sessions.
     */
    public Comptes comptes() {
        return comptes;
    }

    /** The rubriques of the read side: home page, entreprises, salariés and attestations, contrats, cotisations. */
    public Consultation consultation() {
        return consultation;
    }

    /** Change requests: submitting one, following them, answering the back office's question. */
    public Demandes demandes() {
        return demandes;
    }

    /** Emergency numbers, contacts, FAQ, help, downloadable documents, terms of use. */
    public Contenus contenus() {
        return contenus;
    }

    /** What the portal holds about the user, and his consent to prospecting. */
    public DonneesPersonnellesDuCompte donnees() {
        return donnees;
    }

    /** Health, maintenance state, and the work to run on a schedule. */
    public Exploitation exploitation() {
        return exploitation;
    }

    /** The back office: sign-ups, accounts, demandes, contents, documents, CGU, maintenance, audit journal. */
    public Gestion gestion() {
        return gestion;
    }

    public record Comptes(
            SeConnecter seConnecter,
            AuthentifierSession authentifierSession,
            IdentifierActeur identifierActeur,
            SeDeconnecter seDeconnecter,
            DemanderInscription demanderInscription,
            RecupererAcces recupererAcces,
            DefinirMotDePasse definirMotDePasse,
            DemanderCodeEmail demanderCodeEmail,
            ConfirmerEmail confirmerEmail,
            GererSecondFacteur secondFacteur,
            AccepterCgu accepterCgu,
            ChangerMotDePasse changerMotDePasse,
            GererJetonsApi jetonsApi,
            GererSessions sessions,
            ChangerLangue changerLangue,
            ConsulterMonCompte monCompte) {
    }

    public record Consultation(
            ConsulterAccueil accueil,
            ConsulterEntreprises entreprises,
            ConsulterSalaries salaries,
            DelivrerAttestation attestations,
            VerifierAttestation verificationAttestations,
            ConsulterContrats contrats,
            ConsulterCotisations cotisations) {
    }

    public record Demandes(
            SoumettreDemande soumettre,
            ConsulterDemandes suivi,
            RepondreDemande repondre) {
    }

    public record Contenus(
            ConsulterUrgence urgence,
            ConsulterContacts contacts,
            ConsulterFaq faq,
            ConsulterAide aide,
            ConsulterDocuments documents,
            ConsulterCgu cgu) {
    }

    public record DonneesPersonnellesDuCompte(
            ConsulterDonneesPersonnelles consulter,
            ExporterDonneesPersonnelles exporter,
            ChangerConsentementProspection consentement) {
    }

    /**
     * @param distribuerCourriels           sends what the outbox holds; every few seconds
     * @param appliquerGarantiesProgrammees switches contrats to a garantie decided for a later day; hourly
     * @param purgerClesIdempotence         forgets idempotency keys older than a day; hourly
     * @param purgerConnexionsEnAttente     forgets logins left waiting for their second factor; hourly
     */
    public record Exploitation(
            ConsulterSante sante,
            ConsulterMaintenance maintenance,
            DistribuerCourriels distribuerCourriels,
            AppliquerGarantiesProgrammees appliquerGarantiesProgrammees,
            PurgerClesIdempotence purgerClesIdempotence,
            PurgerConnexionsEnAttente purgerConnexionsEnAttente) {
    }

    public record Gestion(
            ConsulterInscriptions inscriptions,
            ValiderInscription validerInscription,
            RejeterInscription rejeterInscription,
            ConsulterJournal journal,
            ConsulterComptes comptes,
            DeciderCompte deciderCompte,
            ConsulterFileDemandes fileDemandes,
            DeciderDemande deciderDemande,
            GererNumerosUrgence numerosUrgence,
            GererContacts contacts,
            GererFaq faq,
            GererDocuments documents,
            PublierCgu publierCgu,
            ModifierMaintenance maintenance) {
    }
}
