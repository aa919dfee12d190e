package fr.espaceentreprise.application;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.compte.CguEnMemoire;
import fr.espaceentreprise.application.compte.DemandesInscriptionEnMemoire;
import fr.espaceentreprise.application.compte.EntreprisesEnMemoire;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.GenerateurFactice;
import fr.espaceentreprise.application.compte.HacheurFactice;
import fr.espaceentreprise.application.compte.HorlogeReglable;
import fr.espaceentreprise.application.compte.IdentifiantsEnMemoire;
import fr.espaceentreprise.application.compte.JournalEnMemoire;
import fr.espaceentreprise.application.compte.LectureComptesEnMemoire;
import fr.espaceentreprise.application.compte.LimiteurFactice;
import fr.espaceentreprise.application.compte.MandatairesEnMemoire;
import fr.espaceentreprise.application.compte.NotificationsEnMemoire;
import fr.espaceentreprise.application.compte.RobustesseFactice;
import fr.espaceentreprise.application.compte.SessionsEnMemoire;
import fr.espaceentreprise.application.compte.AppareilsEnMemoire;
import fr.espaceentreprise.application.compte.JetonsApiEnMemoire;
import fr.espaceentreprise.application.compte.ConnexionsEnAttenteEnMemoire;
import fr.espaceentreprise.application.compte.SecondsFacteursEnMemoire;
import fr.espaceentreprise.application.compte.TemporisationsSansCompteEnMemoire;
import fr.espaceentreprise.application.compte.UtilisateursEnMemoire;
import fr.espaceentreprise.application.contenu.AideEnMemoire;
import fr.espaceentreprise.application.contenu.ContactsEnMemoire;
import fr.espaceentreprise.application.contenu.DocumentsEnMemoire;
import fr.espaceentreprise.application.contenu.FaqEnMemoire;
import fr.espaceentreprise.application.contenu.NumerosUrgenceEnMemoire;
import fr.espaceentreprise.application.contenu.PaysDesSalariesEnMemoire;
import fr.espaceentreprise.application.contrat.ContratsEnMemoire;
import fr.espaceentreprise.application.cotisation.AppelsEnMemoire;
import fr.espaceentreprise.application.cotisation.LectureCotisationsEnMemoire;
import fr.espaceentreprise.application.demande.ClesIdempotenceEnMemoire;
import fr.espaceentreprise.application.demande.DemandesEnMemoire;
import fr.espaceentreprise.application.demande.LectureDemandesEnMemoire;
import fr.espaceentreprise.application.demande.PiecesJointesEnMemoire;
import fr.espaceentreprise.application.donnees.EnMemoire;
import fr.espaceentreprise.application.donnees.LectureDonneesPersonnellesEnMemoire;
import fr.espaceentreprise.application.entreprise.LectureEntreprisesEnMemoire;
import fr.espaceentreprise.application.exploitation.MaintenanceEnMemoire;
import fr.espaceentreprise.application.exploitation.SondeFactice;
import fr.espaceentreprise.application.mandataire.MandatsEnMemoire;
import fr.espaceentreprise.application.notification.BoiteDEnvoiEnMemoire;
import fr.espaceentreprise.application.notification.CourrielsEnvoyes;
import fr.espaceentreprise.application.notification.RedactionFactice;
import fr.espaceentreprise.application.salarie.AttestationsEnMemoire;
import fr.espaceentreprise.application.salarie.LectureSalariesEnMemoire;
import fr.espaceentreprise.application.salarie.SalariesEnMemoire;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import java.util.Optional;

/**
 * One world in memory: a fake of every port {@link EspaceEntreprise} needs, each reading the others where the
 * real adapter reads the database (the read models compute from the stored aggregates, the outbox dispatches what
 * the use cases queued), and the assembly built over them.
 *
 * <pre>
 * PortsEnMemoire ports = new PortsEnMemoire();
 * ports.utilisateurs.ajouter(...);                           // seed through the fakes
 * ports.espace().consultation().salaries().lister(...);      // act through the use cases
 * ports.espace().exploitation().distribuerCourriels().distribuer();
 * ports.mailSender.dernier();                                // and look at what came out
 * </pre>
 *
 * Every fake starts empty (no CGU published, no account); the {@code Espace*} fixtures seed a world over one.
 */
public final class PortsEnMemoire {

    public static final CentreRelationsClients CRC = new CentreRelationsClients(new Telephone("09 69 39 00 00"),
            new Email("relations.clients@espace-entreprise.example"));
    /**
     * The customer service above, no maintenance imposed, the second factor offered (the fixtures' gestionnaires,
     * who always need one, have it enrolled); a test of the policy that requires it of everyone builds its world's
     * core with {@link #reglages(PolitiqueSecondFacteur)}.
     */
    public static final Reglages REGLAGES = reglages(PolitiqueSecondFacteur.PROPOSE);

    public static Reglages reglages(PolitiqueSecondFacteur secondFacteur) {
        return new Reglages(CRC, Optional.empty(), secondFacteur);
    }

    public final HorlogeReglable horloge = new HorlogeReglable(EspaceComptes.T0);
    public final TransactionsEnMemoire transactions = new TransactionsEnMemoire();
    public final HacheurFactice hacheur = new HacheurFactice();
    public final GenerateurFactice generateur = new GenerateurFactice();
    public final RobustesseFactice robustesse = new RobustesseFactice();
    public final LimiteurFactice limiteur = new LimiteurFactice();
    public final RedactionFactice redaction = new RedactionFactice();
    public final CourrielsEnvoyes mailSender = new CourrielsEnvoyes();

    public final UtilisateursEnMemoire utilisateurs = new UtilisateursEnMemoire(transactions);
    public final IdentifiantsEnMemoire identifiants = new IdentifiantsEnMemoire(transactions);
    public final TemporisationsSansCompteEnMemoire temporisationsSansCompte =
            new TemporisationsSansCompteEnMemoire(transactions);
    public final SessionsEnMemoire sessions = new SessionsEnMemoire(transactions);
    public final SecondsFacteursEnMemoire secondsFacteurs = new SecondsFacteursEnMemoire(transactions);
    public final ConnexionsEnAttenteEnMemoire connexionsEnAttente = new ConnexionsEnAttenteEnMemoire(transactions);
    public final JetonsApiEnMemoire jetonsApi = new JetonsApiEnMemoire(transactions);
    public final AppareilsEnMemoire appareils = new AppareilsEnMemoire(transactions);
    public final DemandesInscriptionEnMemoire demandesInscription = new DemandesInscriptionEnMemoire(transactions);
    public final CguEnMemoire cgu = new CguEnMemoire(transactions);
    public final JournalEnMemoire journal = new JournalEnMemoire(transactions);
    public final EnMemoire.Decisions decisionsCompte = new EnMemoire.Decisions(transactions);
    public final EnMemoire.Consentements consentements = new EnMemoire.Consentements(transactions);
    public final EntreprisesEnMemoire entreprises = new EntreprisesEnMemoire(transactions);
    public final LectureEntreprisesEnMemoire lectureEntreprises =
            new LectureEntreprisesEnMemoire(entreprises, transactions);
    public final MandatairesEnMemoire mandataires = new MandatairesEnMemoire();
    public final MandatsEnMemoire mandats = new MandatsEnMemoire(transactions);
    public final ContratsEnMemoire contrats = new ContratsEnMemoire(transactions);
    public final SalariesEnMemoire salaries = new SalariesEnMemoire(transactions);
    public final LectureSalariesEnMemoire lectureSalaries =
            new LectureSalariesEnMemoire(salaries, contrats, transactions);
    public final AttestationsEnMemoire attestations = new AttestationsEnMemoire(transactions);
    public final PaysDesSalariesEnMemoire paysDesSalaries = new PaysDesSalariesEnMemoire(salaries);
    public final AppelsEnMemoire appels = new AppelsEnMemoire(transactions);
    public final LectureCotisationsEnMemoire lectureCotisations =
            new LectureCotisationsEnMemoire(appels, contrats, entreprises, transactions);
    public final DemandesEnMemoire demandes = new DemandesEnMemoire(transactions);
    public final PiecesJointesEnMemoire piecesJointes = new PiecesJointesEnMemoire(transactions);
    public final ClesIdempotenceEnMemoire clesIdempotence = new ClesIdempotenceEnMemoire(transactions);
    /** Both read models of the demandes: the home page's and the follow-up's. */
    public final LectureDemandesEnMemoire lectureDemandes =
            new LectureDemandesEnMemoire(demandes, entreprises, transactions);
    public final LectureComptesEnMemoire lectureComptes =
            new LectureComptesEnMemoire(utilisateurs, identifiants, entreprises, mandataires);
    public final LectureDonneesPersonnellesEnMemoire lectureDonneesPersonnelles =
            new LectureDonneesPersonnellesEnMemoire(cgu, sessions, journal, demandes, identifiants);
    public final NumerosUrgenceEnMemoire numerosUrgence = new NumerosUrgenceEnMemoire(transactions);
    public final ContactsEnMemoire contacts = new ContactsEnMemoire(transactions);
    public final FaqEnMemoire faq = new FaqEnMemoire(transactions);
    public final AideEnMemoire aide = new AideEnMemoire();
    /** The documents and their read model. */
    public final DocumentsEnMemoire documents = new DocumentsEnMemoire(transactions);
    public final MaintenanceEnMemoire maintenances = new MaintenanceEnMemoire(transactions);
    public final NotificationsEnMemoire notifications = new NotificationsEnMemoire(transactions);
    public final BoiteDEnvoiEnMemoire boiteDEnvoi = new BoiteDEnvoiEnMemoire(notifications, transactions);
    public final EnMemoire.Effacement effacementDonnees = new EnMemoire.Effacement(identifiants, consentements,
            sessions, demandesInscription, boiteDEnvoi, secondsFacteurs, jetonsApi, appareils);
    public final SondeFactice sonde = new SondeFactice();

    private EspaceEntreprise espace;

    public Stockage stockage() {
        return new Stockage(transactions, utilisateurs, identifiants, temporisationsSansCompte, sessions,
                secondsFacteurs, connexionsEnAttente, jetonsApi, appareils, demandesInscription, cgu, journal,
                limiteur, decisionsCompte, effacementDonnees, lectureComptes, consentements,
                lectureDonneesPersonnelles, entreprises, lectureEntreprises, mandataires, mandats, contrats, salaries,
                lectureSalaries, attestations, paysDesSalaries, appels, lectureCotisations, demandes, piecesJointes,
                clesIdempotence, lectureDemandes, lectureDemandes, numerosUrgence, contacts, faq, aide, documents,
                documents, maintenances, notifications, boiteDEnvoi, sonde);
    }

    public Ports ports() {
        return new Ports(stockage(), hacheur, robustesse, generateur, redaction, mailSender, horloge);
    }

    /**
     * The world's core, built on first use with {@link #REGLAGES}, then the same instance until
     * {@link #espace(Reglages)}.
     */
    public EspaceEntreprise espace() {
        return espace != null ? espace : espace(REGLAGES);
    }

    /**
     * Rebuilds the world's core on {@code reglages}, as a portal restarted with another configuration: what the
     * fakes hold stays, the core's caches start empty, and {@link #espace()} answers the new one from now on.
     */
    public EspaceEntreprise espace(Reglages reglages) {
        espace = new EspaceEntreprise(ports(), reglages);
        return espace;
    }
}
