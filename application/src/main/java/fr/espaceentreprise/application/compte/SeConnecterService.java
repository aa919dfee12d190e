package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.ConnexionEnAttente;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.PolitiqueMotDePasse;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every attempt costs the same work whatever the account: two password verifications (the current password,
 * then the pending temporary one, each replaced by a simulated verification when absent), unless the first one
 * matches. Only a right password, which an attacker probing for accounts does not have, ends sooner. The hashes
 * are checked between two short transactions, so that a burst of logins holds no database connection while Argon2
 * works. A right password on an account with a second factor opens nothing until its code is right; a wrong code
 * counts as a wrong password.
 */
public final class SeConnecterService implements SeConnecter {

    /** Per source address; generous, since an account is one per company and offices share addresses. */
    public static final Limite LIMITE_PAR_IP = new Limite(30, Duration.ofMinutes(10));

    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiantsRepository;
    private final TemporisationSansCompteRepository temporisationsSansCompte;
    private final SessionRepository sessions;
    private final CguRepository cgu;
    private final SecondsFacteursRepository secondsFacteurs;
    private final ConnexionsEnAttenteRepository connexionsEnAttente;
    private final AppareilsRepository appareils;
    private final Identification identification;
    private final PasswordHasher hacheur;
    private final GenerateurSecrets generateur;
    private final LimiteurDeDebit limiteur;
    private final JournalAudit journal;
    private final Notifications notifications;
    private final PolitiqueSecondFacteur politique;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public SeConnecterService(UtilisateurRepository utilisateurs, IdentifiantsRepository identifiantsRepository,
                              TemporisationSansCompteRepository temporisationsSansCompte, SessionRepository sessions,
                              CguRepository cgu, SecondsFacteursRepository secondsFacteurs,
                              ConnexionsEnAttenteRepository connexionsEnAttente, AppareilsRepository appareils,
                              Identification identification, PasswordHasher hacheur, GenerateurSecrets generateur,
                              LimiteurDeDebit limiteur, JournalAudit journal, Notifications notifications,
                              PolitiqueSecondFacteur politique, ControleAcces acces, Transactions transactions,
                              Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.identifiantsRepository = identifiantsRepository;
        this.temporisationsSansCompte = temporisationsSansCompte;
        this.sessions = sessions;
        this.cgu = cgu;
        this.secondsFacteurs = secondsFacteurs;
        this.connexionsEnAttente = connexionsEnAttente;
        this.appareils = appareils;
        this.identification = identification;
        this.hacheur = hacheur;
        this.generateur = generateur;
        this.limiteur = limiteur;
        this.journal = journal;
        this.notifications = notifications;
        this.politique = politique;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Resultat seConnecter(Commande commande) {
        try {
            Instant maintenant = horloge.instant();
            Optional<Duration> attente = limiteParIp(commande.ip(), maintenant);
            if (attente.isPresent()) {
                return new Resultat.Temporisee(attente.get());
            }
            Optional<Utilisateur> compte = transactions.enTransaction(
                    () -> utilisateurs.trouverParNumeroAdherent(commande.numeroAdherent()));
            if (compte.isEmpty()) {
                return tenterSansCompte(commande, maintenant);
            }
            Identifiants lus = transactions.enTransaction(() -> identifiants(compte.get().id()));
            Optional<Instant> prochainEssai = lus.prochainEssaiAutorise(maintenant);
            if (prochainEssai.isPresent()) {
                transactions.enTransaction(() -> auditer(TypeEvenementAudit.CONNEXION_BLOQUEE, compte.get().id(),
                        commande, maintenant, "temporisation"));
                return new Resultat.Temporisee(Duration.between(maintenant, prochainEssai.get()));
            }
            Reconnu reconnu = reconnaitre(commande.motDePasse(), lus, maintenant);
            Optional<String> rehache = reconnu == Reconnu.MOT_DE_PASSE
                    && hacheur.doitEtreRehache(lus.empreinteMotDePasse().orElseThrow())
                    ? Optional.of(hacheur.hacher(commande.motDePasse()))
                    : Optional.empty();
            return transactions.enTransaction(() -> decider(compte.get(), reconnu, rehache, commande, maintenant));
        } finally {
            Arrays.fill(commande.motDePasse(), '\0');
        }
    }

    @Override
    public Resultat completer(Completion completion) {
        Instant maintenant = horloge.instant();
        Optional<Duration> attente = limiteParIp(completion.origine().ip(), maintenant);
        if (attente.isPresent()) {
            return new Resultat.Temporisee(attente.get());
        }
        EmpreinteJeton empreinte = EmpreinteJeton.de(completion.jetonConnexion());
        return transactions.enTransaction(() -> {
            Optional<ConnexionEnAttente> enAttente = connexionsEnAttente.trouver(empreinte)
                    .filter(connexion -> connexion.estValideLe(maintenant));
            Optional<Utilisateur> compte = enAttente.flatMap(connexion -> utilisateurs.trouver(connexion.utilisateurId()));
            Optional<Acteur> acteur = compte.filter(Utilisateur::peutSeConnecter)
                    .flatMap(utilisateur -> identification.acteur(utilisateur.id()));
            if (acteur.isEmpty()) {
                return new Resultat.Refusee();
            }
            acces.exigerConnecte(acteur.get());
            Identifiants identifiants = identifiants(compte.get().id());
            Optional<Instant> prochainEssai = identifiants.prochainEssaiAutorise(maintenant);
            if (prochainEssai.isPresent()) {
                return new Resultat.Temporisee(Duration.between(maintenant, prochainEssai.get()));
            }
            boolean parProvisoire = enAttente.get().parMotDePasseProvisoire();
            if (parProvisoire && identifiants.empreinteProvisoireValideLe(maintenant).isEmpty()) {
                // The temporary password expired while the code was awaited: the login is over.
                connexionsEnAttente.supprimer(empreinte);
                return new Resultat.Refusee();
            }
            Reconnu reconnu = parProvisoire ? Reconnu.MOT_DE_PASSE_PROVISOIRE : Reconnu.MOT_DE_PASSE;
            Tentative tentative = new Tentative(compte.get(), identifiants, reconnu, Optional.empty(),
                    completion.origine(), maintenant);
            return verifierCode(tentative, completion.code(), completion.jetonConnexion())
                    .orElseGet(() -> {
                        connexionsEnAttente.supprimer(empreinte);
                        return ouvrir(tentative, true);
                    });
        });
    }

    private Optional<Duration> limiteParIp(AdresseIp ip, Instant maintenant) {
        return LIMITE_PAR_IP.consommer(limiteur, "connexion:ip:" + ip, maintenant);
    }

    private Identifiants identifiants(UtilisateurId utilisateurId) {
        return identifiantsRepository.trouverParUtilisateur(utilisateurId)
                .orElseGet(() -> Identifiants.nouveaux(utilisateurId));
    }

    /** After the hashes were checked: the outcome, written in one transaction on the account's latest state. */
    private Resultat decider(Utilisateur compte, Reconnu reconnu, Optional<String> rehache, Commande commande,
                             Instant maintenant) {
        Identifiants identifiants = identifiants(compte.id());
        Tentative tentative = new Tentative(compte, identifiants, reconnu, rehache, commande.origine(), maintenant);
        if (reconnu == Reconnu.AUCUN) {
            return echec(tentative, TypeEvenementAudit.CONNEXION_ECHOUEE, "mot_de_passe_incorrect");
        }
        Optional<Acteur> acteur = compte.peutSeConnecter() ? identification.acteur(compte.id()) : Optional.empty();
        if (acteur.isEmpty()) {
            String motif = compte.peutSeConnecter()
                    ? "acces_clos"
                    : "compte_" + compte.statut().name().toLowerCase(Locale.ROOT);
            Resultat refus = echec(tentative, TypeEvenementAudit.CONNEXION_ECHOUEE, motif);
            return compte.statut() == StatutCompte.SUSPENDU ? new Resultat.Suspendu() : refus;
        }
        // While the whole space is closed only gestionnaires get in; before anything is spent or opened.
        acces.exigerConnecte(acteur.get());
        if (secondsFacteurs.trouver(compte.id()).isEmpty()) {
            return ouvrir(tentative, false);
        }
        String jetonConnexion = generateur.jeton();
        EmpreinteJeton empreinte = EmpreinteJeton.de(jetonConnexion);
        connexionsEnAttente.ajouter(empreinte,
                ConnexionEnAttente.apres(compte.id(), reconnu == Reconnu.MOT_DE_PASSE_PROVISOIRE, maintenant));
        if (commande.codeSecondFacteur().isEmpty()) {
            return new Resultat.SecondFacteurRequis(jetonConnexion);
        }
        return verifierCode(tentative, commande.codeSecondFacteur().get(), jetonConnexion)
                .orElseGet(() -> {
                    connexionsEnAttente.supprimer(empreinte);
                    return ouvrir(tentative, true);
                });
    }

    /** Empty when the code is right (and spent); the refusal otherwise, counted as a failed attempt. */
    private Optional<Resultat> verifierCode(Tentative tentative, String code, String jetonConnexion) {
        Optional<SecondFacteur> facteur = secondsFacteurs.trouver(tentative.compte().id());
        if (facteur.isEmpty()) {
            return Optional.of(new Resultat.Refusee());
        }
        SecondFacteur.Verification verification = facteur.get().verifier(code, tentative.maintenant());
        if (!verification.acceptee()) {
            echec(tentative, TypeEvenementAudit.SECOND_FACTEUR_ECHOUE, "code_incorrect");
            return Optional.of(new Resultat.SecondFacteurInvalide(jetonConnexion));
        }
        secondsFacteurs.enregistrer(facteur.get());
        if (verification == SecondFacteur.Verification.CODE_DE_SECOURS) {
            String restants = Long.toString(facteur.get().codesDeSecoursDisponibles());
            auditer(TypeEvenementAudit.CODE_DE_SECOURS_UTILISE, tentative, "restants=" + restants);
            notifications.envoyer(CourrielsCompte.securite(TypeNotification.SECURITE_CODE_DE_SECOURS_UTILISE,
                    tentative.compte(), tentative.maintenant(), tentative.origine().ip(),
                    Map.of("restants", restants)));
        }
        return Optional.empty();
    }

    private Resultat ouvrir(Tentative tentative, boolean secondFacteurVerifie) {
        Utilisateur compte = tentative.compte();
        Identifiants identifiants = tentative.identifiants();
        Instant maintenant = tentative.maintenant();
        Set<EtapeObligatoire> etapes = EnumSet.noneOf(EtapeObligatoire.class);
        if (tentative.reconnu() == Reconnu.MOT_DE_PASSE_PROVISOIRE) {
            identifiants.utiliserMotDePasseProvisoire(maintenant);
            etapes.add(EtapeObligatoire.CHANGER_MOT_DE_PASSE);
        } else {
            tentative.rehache().ifPresent(identifiants::rehacherMotDePasse);
        }
        Optional<Instant> derniereConnexion = identifiants.enregistrerConnexion(maintenant);
        if (!identifiants.aConfirme(compte.email())) {
            etapes.add(EtapeObligatoire.CONFIRMER_EMAIL);
        }
        if (!secondFacteurVerifie && politique.exigePour(compte.profil())) {
            etapes.add(EtapeObligatoire.ENROLER_SECOND_FACTEUR);
        }
        if (ExigenceCgu.aAccepter(cgu, compte.id(), maintenant)) {
            etapes.add(EtapeObligatoire.ACCEPTER_CGU);
        }
        identifiantsRepository.enregistrer(identifiants);

        SeConnecter.Origine origine = tentative.origine();
        origine.sessionPrecedente().flatMap(jeton -> sessions.trouverParEmpreinteJeton(EmpreinteJeton.de(jeton)))
                .ifPresent(precedente -> sessions.revoquer(precedente.id(), maintenant));
        String jeton = generateur.jeton();
        SessionUtilisateur session = SessionUtilisateur.ouvrir(SessionId.nouveau(), compte.id(), etapes, maintenant,
                origine.ip(), origine.navigateur(), secondFacteurVerifie);
        sessions.ajouter(session, EmpreinteJeton.de(jeton));
        Optional<String> appareil = origine.parNavigateur()
                ? Optional.of(reconnaitreAppareil(tentative, derniereConnexion.isPresent()))
                : Optional.empty();
        auditer(TypeEvenementAudit.CONNEXION_REUSSIE, tentative,
                tentative.reconnu() == Reconnu.MOT_DE_PASSE_PROVISOIRE ? "mot_de_passe_provisoire" : null);
        Acteur acteur = identification.acteur(compte.id()).orElseThrow().avecEtapes(etapes);
        return new Resultat.Reussie(jeton, session.id(), acteur, derniereConnexion, appareil);
    }

    /**
     * The identifier the browser's cookie is to keep: the one it sent if this account knows it, else a new one —
     * and then, unless this is the account's very first login, a mail says a new device logged in.
     */
    private String reconnaitreAppareil(Tentative tentative, boolean dejaConnecte) {
        UtilisateurId utilisateurId = tentative.compte().id();
        Optional<String> connu = tentative.origine().appareil()
                .filter(appareil -> appareils.estConnu(utilisateurId, EmpreinteJeton.de(appareil)));
        String appareil = connu.orElseGet(generateur::jeton);
        appareils.enregistrer(utilisateurId, EmpreinteJeton.de(appareil), tentative.maintenant());
        if (connu.isEmpty() && dejaConnecte) {
            notifications.envoyer(CourrielsCompte.securite(TypeNotification.SECURITE_NOUVEL_APPAREIL,
                    tentative.compte(), tentative.maintenant(), tentative.origine().ip(),
                    Map.of("navigateur", tentative.origine().navigateur().name())));
        }
        return appareil;
    }

    private Resultat echec(Tentative tentative, TypeEvenementAudit type, String motif) {
        tentative.identifiants().enregistrerEchec(tentative.maintenant());
        identifiantsRepository.enregistrer(tentative.identifiants());
        auditer(type, tentative, motif);
        return new Resultat.Refusee();
    }

    /** The same steps as for an account, on a throttling state of its own, so nothing tells them apart. */
    private Resultat tenterSansCompte(Commande commande, Instant maintenant) {
        Temporisation temporisation = transactions.enTransaction(() -> temporisationsSansCompte
                .trouverParNumeroAdherent(commande.numeroAdherent()).orElse(Temporisation.AUCUNE));
        Optional<Instant> prochainEssai = temporisation.prochainEssaiAutorise(maintenant);
        if (prochainEssai.isPresent()) {
            transactions.enTransaction(() -> auditer(TypeEvenementAudit.CONNEXION_BLOQUEE, null, commande,
                    maintenant, "temporisation"));
            return new Resultat.Temporisee(Duration.between(maintenant, prochainEssai.get()));
        }
        reconnaitre(commande.motDePasse(), Identifiants.nouveaux(UtilisateurId.nouveau()), maintenant);
        transactions.enTransaction(() -> {
            Temporisation derniere = temporisationsSansCompte.trouverParNumeroAdherent(commande.numeroAdherent())
                    .orElse(Temporisation.AUCUNE);
            temporisationsSansCompte.enregistrer(commande.numeroAdherent(), derniere.apresEchec(maintenant));
            auditer(TypeEvenementAudit.CONNEXION_ECHOUEE, null, commande, maintenant, "compte_inconnu");
        });
        return new Resultat.Refusee();
    }

    /** Which stored hash the password matches. A password longer than any allowed is not even hashed. */
    private Reconnu reconnaitre(char[] motDePasse, Identifiants identifiants, Instant maintenant) {
        if (PolitiqueMotDePasse.depasseLaLongueurMax(motDePasse)) {
            return Reconnu.AUCUN;
        }
        if (correspond(motDePasse, identifiants.empreinteMotDePasse())) {
            return Reconnu.MOT_DE_PASSE;
        }
        if (correspond(motDePasse, identifiants.empreinteProvisoireValideLe(maintenant))) {
            return Reconnu.MOT_DE_PASSE_PROVISOIRE;
        }
        return Reconnu.AUCUN;
    }

    private boolean correspond(char[] motDePasse, Optional<String> empreinte) {
        if (empreinte.isEmpty()) {
            hacheur.simulerVerification(motDePasse);
            return false;
        }
        return hacheur.correspond(motDePasse, empreinte.get());
    }

    private void auditer(TypeEvenementAudit type, Tentative tentative, String detail) {
        journal.enregistrer(EvenementAudit.de(type, tentative.maintenant(), tentative.compte().id(),
                tentative.compte().numeroAdherent(), tentative.origine().ip(), detail));
    }

    private void auditer(TypeEvenementAudit type, UtilisateurId utilisateurId, Commande commande, Instant maintenant,
                         String detail) {
        journal.enregistrer(EvenementAudit.de(type, maintenant, utilisateurId, commande.numeroAdherent(),
                commande.ip(), detail));
    }

    /** Which stored hash a typed password matched. */
    private enum Reconnu {
        AUCUN,
        MOT_DE_PASSE,
        MOT_DE_PASSE_PROVISOIRE
    }

    /** One attempt on a known account, as the transaction that decides it sees it. */
    private record Tentative(Utilisateur compte, Identifiants identifiants, Reconnu reconnu,
                             Optional<String> rehache, SeConnecter.Origine origine, Instant maintenant) {
    }
}
