package fr.espaceentreprise.application.contenu;

import java.util.Optional;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;

import java.time.Clock;

/** The Centre relations clients comes from the configuration; the sales team from the repository. */
public final class ConsulterContactsService implements ConsulterContacts {

    private final ContactRepository contacts;
    private final CentreRelationsClients centreRelationsClients;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ConsulterContactsService(ContactRepository contacts, CentreRelationsClients centreRelationsClients,
                                    ControleAcces acces, Transactions transactions, Clock horloge) {
        this.contacts = contacts;
        this.centreRelationsClients = centreRelationsClients;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Contacts consulter(Optional<Acteur> lecteur) {
        acces.exigerOuvertAuPublic(lecteur, Optional.of(Rubrique.CONTACT));
        return transactions.enTransaction(() -> new Contacts(contacts.lister(), centreRelationsClients,
                centreRelationsClients.estOuvertA(horloge.instant())));
    }
}
