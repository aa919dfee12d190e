package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class DefinirMotDePasseService implements DefinirMotDePasse {

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

    public DefinirMotDePasseService(UtilisateurRepository utilisateurs, IdentifiantsRepository identifiantsRepository,
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
    public Set<EtapeObligatoire> definir(Commande commande) {
        acces.exigerConnecte(commande.session().acteur());
        char[] motDePasse = commande.nouveauMotDePasse();
        try {
            SessionAuthentifiee session = commande.session();
            if (!session.etapesEnAttente().contains(EtapeObligatoire.CHANGER_MOT_DE_PASSE)) {
                throw new RegleMetierException("etape.non_attendue", null,
                        Map.of("etape", EtapeObligatoire.CHANGER_MOT_DE_PASSE));
            }
            Utilisateur utilisateur = transactions.enTransaction(() -> utilisateurs.trouver(session.utilisateurId()))
                    .orElseThrow(Introuvable::exception);
            regles.verifier(motDePasse, CHAMP, utilisateur);
            // Hashed between two transactions: Argon2's tens of milliseconds hold no database connection.
            String empreinte = hacheur.hacher(motDePasse);
            return transactions.enTransaction(() -> {
                Instant maintenant = horloge.instant();
                Identifiants identifiants = identifiantsRepository.trouverParUtilisateur(utilisateur.id())
                        .orElseGet(() -> Identifiants.nouveaux(utilisateur.id()));
                identifiants.definirMotDePasse(empreinte);
                identifiantsRepository.enregistrer(identifiants);
                sessions.retirerEtape(session.sessionId(), EtapeObligatoire.CHANGER_MOT_DE_PASSE);
                sessions.revoquerToutes(utilisateur.id(), Optional.of(session.sessionId()), maintenant);
                journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.MOT_DE_PASSE_CHANGE, maintenant,
                        utilisateur.id(), utilisateur.numeroAdherent(), commande.ip(), "mot_de_passe_provisoire_remplace"));
                notifications.envoyer(CourrielsCompte.securite(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE,
                        utilisateur, maintenant, commande.ip(), Map.of()));
                return session.etapesApres(EtapeObligatoire.CHANGER_MOT_DE_PASSE);
            });
        } finally {
            if (motDePasse != null) {
                Arrays.fill(motDePasse, '\0');
            }
        }
    }
}
