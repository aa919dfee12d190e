package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import java.time.Clock;
import java.time.Instant;

public final class RejeterInscriptionService implements RejeterInscription {

    private final DemandeInscriptionRepository demandes;
    private final Notifications notifications;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public RejeterInscriptionService(DemandeInscriptionRepository demandes, Notifications notifications,
                                     JournalAudit journal, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.demandes = demandes;
        this.notifications = notifications;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void rejeter(Commande commande) {
        acces.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            DemandeInscription demande = demandes.trouver(commande.demandeInscriptionId())
                    .orElseThrow(Introuvable::exception);
            demande.rejeter(commande.acteur().utilisateurId(), commande.motif(), maintenant);
            demandes.enregistrer(demande);
            notifications.envoyer(CourrielsCompte.inscriptionRejetee(demande));
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.INSCRIPTION_REJETEE, maintenant,
                    commande.acteur().utilisateurId(), demande.numeroAdherent(), commande.ip(),
                    "demandeInscription=" + demande.id()));
        });
    }
}
