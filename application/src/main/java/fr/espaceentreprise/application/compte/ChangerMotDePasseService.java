package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.PolitiqueMotDePasse;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A wrong current password is a failure like a wrong login (a stolen session must not become a way to guess
 * the password): it is stored, then the refusal is thrown once the transaction has committed.
 */
public final class ChangerMotDePasseService implements ChangerMotDePasse {

    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiantsRepository;
    private final SessionRepository sessions;
    private final ReglesNouveauMotDePasse regles;
    private final PasswordHasher hacheur;
    private final JournalAudit journal;
    private final Notifications notifications;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ChangerMotDePasseService(UtilisateurRepository utilisateurs, IdentifiantsRepository identifiantsRepository,
                                    SessionRepository sessions, DonneesPersonnelles donneesPersonnelles,
                                    RobustesseMotDePasse robustesse, PasswordHasher hacheur, JournalAudit journal,
                                    Notifications notifications,
                                    ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.identifiantsRepository = identifiantsRepository;
        this.sessions = sessions;
        this.regles = new ReglesNouveauMotDePasse(robustesse, donneesPersonnelles);
        this.hacheur = hacheur;
        this.journal = journal;
        this.notifications = notifications;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void changer(Commande commande) {
        try {
            commande.session().exigerSessionInteractive();
            acces.exigerEspace(commande.session().acteur());
            if (commande.motDePasseActuel() == null || commande.motDePasseActuel().length == 0) {
                throw new ValeurInvalideException(Verifications.OBLIGATOIRE, CHAMP_ACTUEL);
            }
            Issue issue = tenter(commande);
            if (issue instanceof ActuelIncorrect) {
                throw new RegleMetierException("motDePasse.actuel_incorrect", CHAMP_ACTUEL);
            }
            if (issue instanceof Temporise temporise) {
                throw new TropDeTentativesException(temporise.attente());
            }
        } finally {
            effacer(commande.motDePasseActuel());
            effacer(commande.nouveauMotDePasse());
        }
    }

    /** The hashes are checked and made between short transactions: Argon2 holds no database connection. */
    private Issue tenter(Commande commande) {
        Instant maintenant = horloge.instant();
        SessionAuthentifiee session = commande.session();
        Utilisateur utilisateur = transactions.enTransaction(() -> utilisateurs.trouver(session.utilisateurId()))
                .orElseThrow(Introuvable::exception);
        regles.verifier(commande.nouveauMotDePasse(), CHAMP_NOUVEAU, utilisateur);
        Identifiants lus = transactions.enTransaction(() -> identifiants(utilisateur));
        Optional<Instant> prochainEssai = lus.prochainEssaiAutorise(maintenant);
        if (prochainEssai.isPresent()) {
            return new Temporise(Duration.between(maintenant, prochainEssai.get()));
        }
        if (!actuelCorrespond(commande.motDePasseActuel(), lus)) {
            transactions.enTransaction(() -> {
                Identifiants identifiants = identifiants(utilisateur);
                identifiants.enregistrerEchec(maintenant);
                identifiantsRepository.enregistrer(identifiants);
                journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.CONNEXION_ECHOUEE, maintenant,
                        utilisateur.id(), utilisateur.numeroAdherent(), commande.ip(), "changement_mot_de_passe"));
            });
            return new ActuelIncorrect();
        }
        String empreinte = hacheur.hacher(commande.nouveauMotDePasse());
        transactions.enTransaction(() -> {
            Identifiants identifiants = identifiants(utilisateur);
            identifiants.definirMotDePasse(empreinte);
            identifiantsRepository.enregistrer(identifiants);
            sessions.revoquerToutes(utilisateur.id(), Optional.of(session.sessionId()), maintenant);
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.MOT_DE_PASSE_CHANGE, maintenant,
                    utilisateur.id(), utilisateur.numeroAdherent(), commande.ip(), null));
            notifications.envoyer(CourrielsCompte.securite(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE,
                    utilisateur, maintenant, commande.ip(), Map.of()));
        });
        return new Change();
    }

    private Identifiants identifiants(Utilisateur utilisateur) {
        return identifiantsRepository.trouverParUtilisateur(utilisateur.id())
                .orElseGet(() -> Identifiants.nouveaux(utilisateur.id()));
    }

    private boolean actuelCorrespond(char[] motDePasse, Identifiants identifiants) {
        if (PolitiqueMotDePasse.depasseLaLongueurMax(motDePasse)) {
            return false;
        }
        Optional<String> empreinte = identifiants.empreinteMotDePasse();
        if (empreinte.isEmpty()) {
            hacheur.simulerVerification(motDePasse);
            return false;
        }
        return hacheur.correspond(motDePasse, empreinte.get());
    }

    private static void effacer(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** What became of the attempt; refusals are thrown only after the transaction stored the failure. */
    private sealed interface Issue permits Change, ActuelIncorrect, Temporise {
    }

    private record Change() implements Issue {
    }

    private record ActuelIncorrect() implements Issue {
    }

    private record Temporise(Duration attente) implements Issue {
    }
}
