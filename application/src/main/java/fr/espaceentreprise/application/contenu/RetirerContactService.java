package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;

import java.time.Clock;

public final class RetirerContactService implements RetirerContact {

    private final ContactRepository contacts;
    private final BackOffice backOffice;
    private final Transactions transactions;

    public RetirerContactService(ContactRepository contacts, JournalAudit journal, Transactions transactions,
                                 Clock horloge) {
        this.contacts = contacts;
        this.backOffice = new BackOffice(journal, horloge);
        this.transactions = transactions;
    }

    @Override
    public void retirer(Commande commande) {
        BackOffice.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            if (!contacts.supprimer(commande.id())) {
                throw new IntrouvableException(BackOffice.CONTACT_INTROUVABLE);
            }
            backOffice.auditer(commande.acteur(), commande.ip(), "contact=" + commande.id() + " action=retrait");
        });
    }
}
