package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

public final class IdentifiantOublieService implements IdentifiantOublie {

    public static final Limite LIMITE_PAR_IP = new Limite(10, Duration.ofHours(1));
    /** Per e-mail typed, matching or not, and without telling. */
    public static final Limite LIMITE_PAR_EMAIL = new Limite(3, Duration.ofHours(1));

    private final UtilisateurRepository utilisateurs;
    private final Notifications notifications;
    private final LimiteurDeDebit limiteur;
    private final JournalAudit journal;
    private final Transactions transactions;
    private final Clock horloge;

    public IdentifiantOublieService(UtilisateurRepository utilisateurs, Notifications notifications,
                                    LimiteurDeDebit limiteur, JournalAudit journal, Transactions transactions,
                                    Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.notifications = notifications;
        this.limiteur = limiteur;
        this.journal = journal;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void demander(Commande commande) {
        Instant maintenant = horloge.instant();
        LIMITE_PAR_IP.consommer(limiteur, "identifiant-oublie:ip:" + commande.ip(), maintenant)
                .ifPresent(attente -> {
                    throw new TropDeTentativesException(attente);
                });
        boolean limiteAtteinte = LIMITE_PAR_EMAIL.consommer(limiteur,
                "identifiant-oublie:email:" + commande.email().valeur().toLowerCase(Locale.ROOT), maintenant)
                .isPresent();
        transactions.enTransaction(() -> {
            List<Utilisateur> comptes = utilisateurs.trouverParEmail(commande.email()).stream()
                    .filter(Utilisateur::peutSeConnecter)
                    .toList();
            if (comptes.isEmpty() || limiteAtteinte) {
                journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.IDENTIFIANT_OUBLIE, maintenant, null, null,
                        commande.ip(), comptes.isEmpty() ? "aucun_compte" : "limite_atteinte"));
                return;
            }
            for (Utilisateur compte : comptes) {
                notifications.envoyer(CourrielsCompte.rappelNumeroAdherent(compte,
                        CourrielsCompte.CONTEXTE_IDENTIFIANT_OUBLIE));
                journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.IDENTIFIANT_OUBLIE, maintenant, compte.id(),
                        compte.numeroAdherent(), commande.ip(), "courriel_envoye"));
            }
        });
    }
}
