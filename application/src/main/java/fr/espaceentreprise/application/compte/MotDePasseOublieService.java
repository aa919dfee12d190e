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
import java.util.Locale;
import java.util.Optional;

public final class MotDePasseOublieService implements MotDePasseOublie {

    public static final Limite LIMITE_PAR_IP = new Limite(10, Duration.ofHours(1));
    /** Per numéro typed, known or not, and without telling: a mailbox cannot be flooded through this form. */
    public static final Limite LIMITE_PAR_NUMERO = new Limite(3, Duration.ofHours(1));

    private final UtilisateurRepository utilisateurs;
    private final Notifications notifications;
    private final LimiteurDeDebit limiteur;
    private final JournalAudit journal;
    private final Transactions transactions;
    private final Clock horloge;

    public MotDePasseOublieService(UtilisateurRepository utilisateurs, Notifications notifications,
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
        LIMITE_PAR_IP.consommer(limiteur, "mot-de-passe-oublie:ip:" + commande.ip(), maintenant)
                .ifPresent(attente -> {
                    throw new TropDeTentativesException(attente);
                });
        boolean limiteAtteinte = LIMITE_PAR_NUMERO.consommer(limiteur,
                "mot-de-passe-oublie:numero:" + commande.numeroAdherent(), maintenant).isPresent();
        transactions.enTransaction(() -> {
            Optional<Utilisateur> compte = utilisateurs.trouverParNumeroAdherent(commande.numeroAdherent());
            String detail;
            if (compte.isEmpty()) {
                detail = "compte_inconnu";
            } else if (!compte.get().peutSeConnecter()) {
                detail = "compte_" + compte.get().statut().name().toLowerCase(Locale.ROOT);
            } else if (limiteAtteinte) {
                detail = "limite_atteinte";
            } else {
                notifications.envoyer(CourrielsCompte.motDePasseProvisoire(compte.get(),
                        CourrielsCompte.CONTEXTE_MOT_DE_PASSE_OUBLIE));
                detail = "courriel_envoye";
            }
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.MOT_DE_PASSE_OUBLIE, maintenant,
                    compte.map(Utilisateur::id).orElse(null), commande.numeroAdherent(), commande.ip(), detail));
        });
    }
}
