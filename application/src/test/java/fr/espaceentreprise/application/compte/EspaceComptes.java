package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.RedactionFactice;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.RegleAcces;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A world of accounts on one {@link PortsEnMemoire}, with the current CGU published, and helpers to set up
 * accounts, log in and read the mails sent. The use cases are the world's {@link EspaceEntreprise}'s. One per test.
 *
 * <p>Every account it makes can use the portal: a company account gets its entreprise and a contrat in force
 * unless the test stored that entreprise itself, a broker's account its mandataire and a mandat on a contrat in
 * force unless the test stored that mandataire itself (the real identification needs them for a périmètre).
 */
public final class EspaceComptes {

    public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    public static final AdresseIp IP = new AdresseIp("203.0.113.7");
    public static final String MOT_DE_PASSE = "Lune-Orange-Velo-42";
    public static final VersionCgu CGU = new VersionCgu("2026-01", T0.minus(Duration.ofDays(30)));

    private final PortsEnMemoire ports;
    public final HorlogeReglable horloge;
    public final TransactionsEnMemoire transactions;
    public final UtilisateursEnMemoire utilisateurs;
    public final IdentifiantsEnMemoire identifiants;
    public final TemporisationsSansCompteEnMemoire temporisationsSansCompte;
    public final DemandesInscriptionEnMemoire demandesInscription;
    public final SessionsEnMemoire sessions;
    public final SecondsFacteursEnMemoire secondsFacteurs;
    public final CguEnMemoire cgu;
    public final JournalEnMemoire journal;
    public final NotificationsEnMemoire notifications;
    public final EntreprisesEnMemoire entreprises;
    public final MandatairesEnMemoire mandataires;
    public final HacheurFactice hacheur;
    public final GenerateurFactice generateur;
    public final LimiteurFactice limiteur;
    public final RobustesseFactice robustesse;
    private int rattachements;

    public EspaceComptes() {
        this(true);
    }

    private EspaceComptes(boolean cguPubliees) {
        this.ports = new PortsEnMemoire();
        this.horloge = ports.horloge;
        this.transactions = ports.transactions;
        this.utilisateurs = ports.utilisateurs;
        this.identifiants = ports.identifiants;
        this.temporisationsSansCompte = ports.temporisationsSansCompte;
        this.demandesInscription = ports.demandesInscription;
        this.sessions = ports.sessions;
        this.secondsFacteurs = ports.secondsFacteurs;
        this.cgu = ports.cgu;
        this.journal = ports.journal;
        this.notifications = ports.notifications;
        this.entreprises = ports.entreprises;
        this.mandataires = ports.mandataires;
        this.hacheur = ports.hacheur;
        this.generateur = ports.generateur;
        this.limiteur = ports.limiteur;
        this.robustesse = ports.robustesse;
        if (cguPubliees) {
            cgu.publier(CGU);
        }
    }

    /** A portal where no CGU was ever published. */
    public static EspaceComptes sansCguPubliees() {
        return new EspaceComptes(false);
    }

    public PortsEnMemoire ports() {
        return ports;
    }

    public EspaceEntreprise espace() {
        return ports.espace();
    }

    // --- use cases

    public SeConnecter seConnecter() {
        return espace().comptes().seConnecter();
    }

    public AuthentifierSession authentifierSession() {
        return espace().comptes().authentifierSession();
    }

    public IdentifierActeur identifierActeur() {
        return espace().comptes().identifierActeur();
    }

    public SeDeconnecter seDeconnecter() {
        return espace().comptes().seDeconnecter();
    }

    public DefinirMotDePasse definirMotDePasse() {
        return espace().comptes().definirMotDePasse();
    }

    public ChangerMotDePasse changerMotDePasse() {
        return espace().comptes().changerMotDePasse();
    }

    public DemanderCodeEmail demanderCodeEmail() {
        return espace().comptes().demanderCodeEmail();
    }

    public ConfirmerEmail confirmerEmail() {
        return espace().comptes().confirmerEmail();
    }

    public AccepterCgu accepterCgu() {
        return espace().comptes().accepterCgu();
    }

    public PublierCgu publierCgu() {
        return espace().gestion().publierCgu();
    }

    public ConsulterCgu consulterCgu() {
        return espace().contenus().cgu();
    }

    public RecupererAcces recupererAcces() {
        return espace().comptes().recupererAcces();
    }

    public ConsulterMonCompte consulterMonCompte() {
        return espace().comptes().monCompte();
    }

    public ChangerLangue changerLangue() {
        return espace().comptes().changerLangue();
    }

    public ConsulterJournal consulterJournal() {
        return espace().gestion().journal();
    }

    public DemanderInscription demanderInscription() {
        return espace().comptes().demanderInscription();
    }

    public ConsulterInscriptions consulterInscriptions() {
        return espace().gestion().inscriptions();
    }

    public ValiderInscription validerInscription() {
        return espace().gestion().validerInscription();
    }

    public RejeterInscription rejeterInscription() {
        return espace().gestion().rejeterInscription();
    }

    // --- setup

    /**
     * The account as stored, with what gives it a périmètre (see the class comment), but no credentials and no
     * CGU accepted.
     */
    public Utilisateur compte(UnUtilisateur compte) {
        Utilisateur utilisateur = utilisateurs.ajouter(compte.build());
        utilisateur.entrepriseId().ifPresent(this::rattacherEntreprise);
        utilisateur.mandataireId().ifPresent(this::rattacherMandataire);
        return utilisateur;
    }

    /**
     * An account that may log in with {@link #MOT_DE_PASSE} and has nothing pending (e-mail, CGU done); a
     * gestionnaire's with his second factor enrolled, as every gestionnaire must have one.
     */
    public Utilisateur compteActif(UnUtilisateur compte) {
        Utilisateur utilisateur = compte(compte);
        identifiants.ajouter(Identifiants.rehydrater(utilisateur.id(), HacheurFactice.empreinteDe(MOT_DE_PASSE),
                null, Temporisation.AUCUNE, utilisateur.email(), null, null));
        cgu.ajouter(new AcceptationCgu(utilisateur.id(), CGU.version(), T0.minus(Duration.ofDays(1))));
        if (utilisateur.profil() == Profil.GESTIONNAIRE) {
            enrolerSecondFacteur(utilisateur);
        }
        return utilisateur;
    }

    /**
     * The account's second factor, enrolled the day before {@link #T0} on {@link GenerateurFactice#SECRET_TOTP},
     * without recovery codes; {@link #connecter} then sends its codes.
     */
    public void enrolerSecondFacteur(Utilisateur utilisateur) {
        Instant veille = T0.minus(Duration.ofDays(1));
        secondsFacteurs.ajouter(SecondFacteur.rehydrater(utilisateur.id(), GenerateurFactice.SECRET_TOTP, veille,
                Totp.pas(veille), List.of()));
    }

    public Utilisateur compteActif() {
        return compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001"));
    }

    public Utilisateur gestionnaire() {
        return compteActif(UnUtilisateur.gestionnaire().numeroAdherent("90000001").email("gestion@welcare.fr"));
    }

    private void rattacherEntreprise(EntrepriseId entrepriseId) {
        if (entreprises.trouver(entrepriseId).isEmpty()) {
            entreprises.ajouter(UneEntreprise.parDefaut().id(entrepriseId).numeroAdherent(numeroDeRattachement())
                    .build());
            ports.contrats.ajouter(UnContrat.de(entrepriseId).build());
        }
    }

    private void rattacherMandataire(MandataireId mandataireId) {
        if (mandataires.trouver(mandataireId).isEmpty()) {
            mandataires.ajouter(UnMandataire.parDefaut().id(mandataireId).numeroAdherent(numeroDeRattachement())
                    .build());
            Contrat contrat = ports.contrats.ajouter(UnContrat.actif().build());
            entreprises.ajouter(UneEntreprise.parDefaut().id(contrat.entrepriseId())
                    .numeroAdherent(numeroDeRattachement()).build());
            ports.mandats.ajouter(UnMandat.de(mandataireId).sur(contrat).build());
        }
    }

    /** Numéros 7000000n, which no test types, so that a sign-up's checks meet only what the test stored. */
    private String numeroDeRattachement() {
        rattachements++;
        return String.format("7%07d", rattachements);
    }

    /** Ends every contrat of the account's entreprise long enough ago that the 2-year rule closes its access. */
    public void fermerAcces(Utilisateur compte) {
        LocalDate fin = LocalDate.now(horloge).minus(RegleAcces.DELAI).minusDays(1);
        for (Contrat contrat : ports.contrats.trouverParEntreprise(compte.entrepriseId().orElseThrow())) {
            contrat.resilier(fin);
            ports.contrats.ajouter(contrat);
        }
    }

    /** Suspends the account behind the use cases' back, as the back office of another instance would. */
    public void suspendre(Utilisateur compte) {
        Utilisateur suspendu = utilisateurs.trouver(compte.id()).orElseThrow();
        suspendu.suspendre();
        utilisateurs.ajouter(suspendu);
    }

    /** Who the account is for the use cases now, as a service that authenticates its users itself asks. */
    public Acteur acteur(Utilisateur utilisateur) {
        return identifierActeur().identifier(utilisateur.id())
                .orElseThrow(() -> new AssertionError("le compte " + utilisateur.numeroAdherent()
                        + " ne peut pas utiliser le portail"));
    }

    /** An API client's login, with the code of the account's second factor if it has one. */
    public SeConnecter.Commande connexion(Utilisateur utilisateur, String motDePasse) {
        return connexion(utilisateur, motDePasse, SeConnecter.Origine.api(IP, FamilleNavigateur.CLIENT_API));
    }

    /** An API client's login sending {@code code} as the second factor's, whatever the account has. */
    public SeConnecter.Commande connexion(Utilisateur utilisateur, String motDePasse, Optional<String> code) {
        return new SeConnecter.Commande(utilisateur.numeroAdherent(), motDePasse.toCharArray(),
                SeConnecter.Origine.api(IP, FamilleNavigateur.CLIENT_API), code);
    }

    /** A login from {@code origine}, with the code of the account's second factor if it has one. */
    public SeConnecter.Commande connexion(Utilisateur utilisateur, String motDePasse, SeConnecter.Origine origine) {
        return new SeConnecter.Commande(utilisateur.numeroAdherent(), motDePasse.toCharArray(), origine,
                codeSecondFacteur(utilisateur));
    }

    /** A browser's login from {@link #IP}, without a device cookie nor a former session. */
    public static SeConnecter.Origine navigateur(FamilleNavigateur famille) {
        return SeConnecter.Origine.navigateur(IP, famille, Optional.empty(), Optional.empty());
    }

    /**
     * The code the account's app shows, as its user types it; empty for an account without a second factor. A
     * code is accepted once: when a login of this 30-second step already used it, the code of the next step (a
     * phone a little ahead, which the server accepts); when that one was used too, the user waits for the next
     * code and the clock moves one step.
     */
    public Optional<String> codeSecondFacteur(Utilisateur utilisateur) {
        return secondsFacteurs.trouver(utilisateur.id()).map(facteur -> {
            while (prochainPasAccepte(facteur) > Totp.pas(horloge.instant()) + Totp.DERIVE) {
                horloge.avancer(Totp.PAS);
            }
            return Totp.code(facteur.secret(), prochainPasAccepte(facteur));
        });
    }

    /** The code the app of an account enrolled on {@link GenerateurFactice#SECRET_TOTP} shows at {@code instant}. */
    public static String codeTotp(Instant instant) {
        return Totp.code(GenerateurFactice.SECRET_TOTP, Totp.pas(instant));
    }

    /** Six digits that are no code of {@link GenerateurFactice#SECRET_TOTP} accepted at {@code instant}. */
    public static String codeErrone(Instant instant) {
        long pas = Totp.pas(instant);
        Set<String> acceptes = Set.of(Totp.code(GenerateurFactice.SECRET_TOTP, pas - 1),
                Totp.code(GenerateurFactice.SECRET_TOTP, pas), Totp.code(GenerateurFactice.SECRET_TOTP, pas + 1));
        return IntStream.range(0, 4).mapToObj(i -> String.format("%06d", i)).filter(code -> !acceptes.contains(code))
                .findFirst().orElseThrow();
    }

    private long prochainPasAccepte(SecondFacteur facteur) {
        return Math.max(Totp.pas(horloge.instant()), facteur.dernierPas() + 1);
    }

    /** Logs in (which must succeed) and answers what the login gave. */
    public SeConnecter.Resultat.Reussie reussir(SeConnecter.Commande commande) {
        SeConnecter.Resultat resultat = seConnecter().seConnecter(commande);
        if (!(resultat instanceof SeConnecter.Resultat.Reussie reussie)) {
            throw new AssertionError("connexion refusée: " + resultat);
        }
        return reussie;
    }

    /** Logs in (which must succeed) and answers the session as the web adapter would see it. */
    public SessionAuthentifiee connecter(Utilisateur utilisateur, String motDePasse) {
        return authentifier(reussir(connexion(utilisateur, motDePasse)));
    }

    /** Logs in from {@code origine} (which must succeed) and answers the session. */
    public SessionAuthentifiee connecter(Utilisateur utilisateur, SeConnecter.Origine origine) {
        return authentifier(reussir(connexion(utilisateur, MOT_DE_PASSE, origine)));
    }

    /** The session a login opened, as the next request authenticates it. */
    public SessionAuthentifiee authentifier(SeConnecter.Resultat.Reussie reussie) {
        return authentifierSession().authentifier(reussie.jeton()).orElseThrow();
    }

    public SessionAuthentifiee connecter(Utilisateur utilisateur) {
        return connecter(utilisateur, MOT_DE_PASSE);
    }

    // --- mails

    /** Runs the mail dispatch, as the scheduled task does, and answers the mails it sent. */
    public List<Courriel> distribuerCourriels() {
        int avant = ports.mailSender.envoyes().size();
        espace().exploitation().distribuerCourriels().distribuer();
        List<Courriel> envoyes = ports.mailSender.envoyes();
        return envoyes.subList(avant, envoyes.size());
    }

    /**
     * Runs the mail dispatch and answers the secret {@code cle} ({@link CourrielsCompte#MOT_DE_PASSE_PROVISOIRE},
     * {@link CourrielsCompte#CODE}) of the last mail sent to the account's address.
     */
    public String secretEnvoye(Utilisateur utilisateur, String cle) {
        distribuerCourriels();
        List<Courriel> recus = ports.mailSender.a(utilisateur.email());
        return recus.stream().map(courriel -> RedactionFactice.valeur(courriel, cle)).flatMap(Optional::stream)
                .reduce((premier, dernier) -> dernier)
                .orElseThrow(() -> new AssertionError("aucun " + cle + " envoyé à " + utilisateur.email()));
    }

    /**
     * Mails the account a temporary password, as "mot de passe oublié" does (the mail queued, then dispatched),
     * and answers it in clear.
     */
    public String motDePasseProvisoireEnvoye(Utilisateur utilisateur, String motDePasse) {
        return motDePasseProvisoireEnvoye(utilisateur, motDePasse, CourrielsCompte.CONTEXTE_MOT_DE_PASSE_OUBLIE);
    }

    /** The same, in {@code contexte} ({@link CourrielsCompte#CONTEXTE_INSCRIPTION} gives it a longer life). */
    public String motDePasseProvisoireEnvoye(Utilisateur utilisateur, String motDePasse, String contexte) {
        generateur.prochainMotDePasseProvisoire(motDePasse);
        transactions.enTransaction(() -> {
            notifications.envoyer(CourrielsCompte.motDePasseProvisoire(utilisateur, contexte));
            return null;
        });
        return secretEnvoye(utilisateur, CourrielsCompte.MOT_DE_PASSE_PROVISOIRE);
    }

    public Email email(String adresse) {
        return new Email(adresse);
    }
}
