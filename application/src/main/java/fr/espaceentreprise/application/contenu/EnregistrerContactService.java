package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;

import java.time.Clock;

public final class EnregistrerContactService implements EnregistrerContact {

    private final ContactRepository contacts;
    private final BackOffice backOffice;
    private final Transactions transactions;

    public EnregistrerContactService(ContactRepository contacts, JournalAudit journal, Transactions transactions,
                                     Clock horloge) {
        this.contacts = contacts;
        this.backOffice = new BackOffice(journal, horloge);
        this.transactions = transactions;
    }

    @Override
    public void enregistrer(Commande commande) {
        BackOffice.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            boolean existe = contacts.trouver(commande.contact().id()).isPresent();
            if (existe == commande.ajout()) {
                throw new IntrouvableException(BackOffice.CONTACT_INTROUVABLE);
            }
            contacts.enregistrer(commande.contact());
            backOffice.auditer(commande.acteur(), commande.ip(), "contact=" + commande.contact().id()
                    + " action=" + (commande.ajout() ? "ajout" : "modification"));
        });
    }
}
