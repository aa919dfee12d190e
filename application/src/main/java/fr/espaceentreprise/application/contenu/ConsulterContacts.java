package fr.espaceentreprise.application.contenu;

import java.util.Optional;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.contenu.Contact;

import java.util.List;

/**
 * The rubrique Contact: the sales team, and the Centre relations clients with whether it is open now. Open to
 * visitors; closed with the space or the rubrique Contact.
 */
public interface ConsulterContacts {

    /** @param lecteur who reads, if logged in (a gestionnaire reads it during a maintenance of Contact too) */
    Contacts consulter(Optional<Acteur> lecteur);

    record Contacts(List<Contact> equipe, CentreRelationsClients centreRelationsClients, boolean ouvertMaintenant) {

        public Contacts {
            equipe = List.copyOf(equipe);
        }
    }
}
