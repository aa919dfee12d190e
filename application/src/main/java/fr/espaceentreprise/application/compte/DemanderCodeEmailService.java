package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

public final class DemanderCodeEmailService implements DemanderCodeEmail {

    /** Enough for a mail that got lost or a code typed too late, not enough to flood a mailbox. */
    public static final Limite LIMITE_PAR_COMPTE = new Limite(5, Duration.ofHours(1));

    private final UtilisateurRepository utilisateurs;
    private final Notifications notifications;
    private final LimiteurDeDebit limiteur;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public DemanderCodeEmailService(UtilisateurRepository utilisateurs, Notifications notifications,
                                    LimiteurDeDebit limiteur, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.notifications = notifications;
        this.limiteur = limiteur;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void demander(Commande commande) {
        acces.exigerConnecte(commande.session().acteur());
        Instant maintenant = horloge.instant();
        LIMITE_PAR_COMPTE.consommer(limiteur, "code-email:utilisateur:" + commande.session().utilisateurId(),
                maintenant).ifPresent(attente -> {
                    throw new TropDeTentativesException(attente);
                });
        transactions.enTransaction(() -> {
            Utilisateur utilisateur = utilisateurs.trouver(commande.session().utilisateurId())
                    .orElseThrow(Introuvable::exception);
            notifications.envoyer(CourrielsCompte.codeConfirmationEmail(utilisateur));
        });
    }
}
