package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Duration;
import java.time.Instant;

/**
 * The accounts capability wired on in-memory fakes, with the current CGU published, and helpers to set up
 * accounts and log in. One per test.
 */
public final class EspaceComptes {

    public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    public static final AdresseIp IP = new AdresseIp("203.0.113.7");
    public static final String MOT_DE_PASSE = "Lune-Orange-Velo-42";
    public static final VersionCgu CGU = new VersionCgu("2026-01", T0.minus(Duration.ofDays(30)));

    public final HorlogeReglable horloge = new HorlogeReglable(T0);
    public final TransactionsEnMemoire transactions = new TransactionsEnMemoire();
    public final UtilisateursEnMemoire utilisateurs = new UtilisateursEnMemoire(transactions);
    public final IdentifiantsEnMemoire identifiants = new IdentifiantsEnMemoire(transactions);
    public final TemporisationsSansCompteEnMemoire temporisationsSansCompte =
            new TemporisationsSansCompteEnMemoire(transactions);
    public final DemandesInscriptionEnMemoire demandesInscription = new DemandesInscriptionEnMemoire(transactions);
    public final SessionsEnMemoire sessions = new SessionsEnMemoire(transactions);
    public final CguEnMemoire cgu = new CguEnMemoire(transactions);
    public final JournalEnMemoire journal = new JournalEnMemoire(transactions);
    public final NotificationsEnMemoire notifications = new NotificationsEnMemoire(transactions);
    public final EntreprisesEnMemoire entreprises = new EntreprisesEnMemoire(transactions);
    public final MandatairesEnMemoire mandataires = new MandatairesEnMemoire();
    public final HacheurFactice hacheur = new HacheurFactice();
    public final GenerateurFactice generateur = new GenerateurFactice();
    public final LimiteurFactice limiteur = new LimiteurFactice();
    public final RobustesseFactice robustesse = new RobustesseFactice();
    public final ActeursFactices acteurs = new ActeursFactices(utilisateurs);
    public final DonneesPersonnelles donneesPersonnelles =
            new DonneesPersonnelles(entreprises, mandataires, demandesInscription);
    public final ControleurInscriptions controleur = new ControleurInscriptions(entreprises, mandataires, utilisateurs);

    public EspaceComptes() {
        this(true);
    }

    private EspaceComptes(boolean cguPubliees) {
        if (cguPubliees) {
            cgu.publier(CGU);
        }
    }

    /** A portal where no CGU was ever published. */
    public static EspaceComptes sansCguPubliees() {
        return new EspaceComptes(false);
    }

    // --- use cases

    public SeConnecter seConnecter() {
        return new SeConnecterService(utilisateurs, identifiants, temporisationsSansCompte, sessions, cgu, acteurs,
                hacheur, generateur, limiteur, journal, transactions, horloge);
    }

    public AuthentifierSession authentifierSession() {
        return new AuthentifierSessionService(sessions, cgu, acteurs, transactions, horloge);
    }

    public SeDeconnecter seDeconnecter() {
        return new SeDeconnecterService(sessions, utilisateurs, journal, transactions, horloge);
    }

    public DefinirMotDePasse definirMotDePasse() {
        return new DefinirMotDePasseService(utilisateurs, identifiants, sessions, donneesPersonnelles, robustesse,
                hacheur, journal, transactions, horloge);
    }

    public ChangerMotDePasse changerMotDePasse() {
        return new ChangerMotDePasseService(utilisateurs, identifiants, sessions, donneesPersonnelles, robustesse,
                hacheur, journal, transactions, horloge);
    }

    public DemanderCodeEmail demanderCodeEmail() {
        return new DemanderCodeEmailService(utilisateurs, notifications, limiteur, transactions, horloge);
    }

    public ConfirmerEmail confirmerEmail() {
        return new ConfirmerEmailService(utilisateurs, identifiants, sessions, hacheur, journal, transactions,
                horloge);
    }

    public AccepterCgu accepterCgu() {
        return new AccepterCguService(cgu, utilisateurs, sessions, journal, transactions, horloge);
    }

    public PublierCgu publierCgu() {
        return new PublierCguService(cgu, journal, transactions, horloge);
    }

    public ConsulterCgu consulterCgu() {
        return new ConsulterCguService(cgu, transactions, horloge);
    }

    public MotDePasseOublie motDePasseOublie() {
        return new MotDePasseOublieService(utilisateurs, notifications, limiteur, journal, transactions, horloge);
    }

    public IdentifiantOublie identifiantOublie() {
        return new IdentifiantOublieService(utilisateurs, notifications, limiteur, journal, transactions, horloge);
    }

    public ConsulterMonCompte consulterMonCompte() {
        return new ConsulterMonCompteService(utilisateurs, transactions);
    }

    public ChangerLangue changerLangue() {
        return new ChangerLangueService(utilisateurs, transactions);
    }

    public ConsulterJournal consulterJournal() {
        return new ConsulterJournalService(journal, transactions);
    }

    public DemanderInscription demanderInscription() {
        return new DemanderInscriptionService(demandesInscription, limiteur, journal, transactions, horloge);
    }

    public ConsulterInscriptions consulterInscriptions() {
        return new ConsulterInscriptionsService(demandesInscription, controleur, transactions);
    }

    public ValiderInscription validerInscription() {
        return new ValiderInscriptionService(demandesInscription, controleur, utilisateurs, identifiants,
                notifications, journal, transactions, horloge);
    }

    public RejeterInscription rejeterInscription() {
        return new RejeterInscriptionService(demandesInscription, notifications, journal, transactions, horloge);
    }

    public SecretsDeNotificationService secretsDeNotification() {
        return new SecretsDeNotificationService(identifiants, generateur, hacheur, transactions, horloge);
    }

    // --- setup

    /** An account that may log in with {@link #MOT_DE_PASSE} and has nothing pending (e-mail, CGU done). */
    public Utilisateur compteActif(UnUtilisateur compte) {
        Utilisateur utilisateur = utilisateurs.ajouter(compte.build());
        identifiants.ajouter(Identifiants.rehydrater(utilisateur.id(), HacheurFactice.empreinteDe(MOT_DE_PASSE),
                null, Temporisation.AUCUNE, utilisateur.email(), null, null));
        cgu.ajouter(new AcceptationCgu(utilisateur.id(), CGU.version(), T0.minus(Duration.ofDays(1))));
        return utilisateur;
    }

    public Utilisateur compteActif() {
        return compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001"));
    }

    public Utilisateur gestionnaire() {
        return compteActif(UnUtilisateur.gestionnaire().numeroAdherent("90000001").email("gestion@welcare.fr"));
    }

    public SeConnecter.Commande connexion(Utilisateur utilisateur, String motDePasse) {
        return new SeConnecter.Commande(utilisateur.numeroAdherent(), motDePasse.toCharArray(), IP);
    }

    /** Logs in (which must succeed) and answers the session as the web adapter would see it. */
    public SessionAuthentifiee connecter(Utilisateur utilisateur, String motDePasse) {
        SeConnecter.Resultat resultat = seConnecter().seConnecter(connexion(utilisateur, motDePasse));
        if (!(resultat instanceof SeConnecter.Resultat.Reussie reussie)) {
            throw new AssertionError("connexion refusée: " + resultat);
        }
        return authentifierSession().authentifier(reussie.jeton()).orElseThrow();
    }

    public SessionAuthentifiee connecter(Utilisateur utilisateur) {
        return connecter(utilisateur, MOT_DE_PASSE);
    }

    /** Gives the account a temporary password, as the mail dispatch would, and answers it in clear. */
    public String motDePasseProvisoireEnvoye(Utilisateur utilisateur, String motDePasse) {
        generateur.prochainMotDePasseProvisoire(motDePasse);
        return transactions.enTransaction(() -> secretsDeNotification().produire(
                CourrielsCompte.motDePasseProvisoire(utilisateur, CourrielsCompte.CONTEXTE_MOT_DE_PASSE_OUBLIE)))
                .get(CourrielsCompte.MOT_DE_PASSE_PROVISOIRE);
    }

    public Email email(String adresse) {
        return new Email(adresse);
    }
}
