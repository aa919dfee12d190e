package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.contenu.Contact;

import java.util.List;

/** The rubrique Contact: the sales team, and the Centre relations clients with whether it is open now. */
public interface ConsulterContacts {

    Contacts consulter();

    record Contacts(List<Contact> equipe, CentreRelationsClients centreRelationsClients, boolean ouvertMaintenant) {

        public Contacts {
            equipe = List.copyOf(equipe);
        }
    }
}
