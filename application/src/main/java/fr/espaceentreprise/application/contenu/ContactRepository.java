package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;

import java.util.List;
import java.util.Optional;

/** The sales team's contacts; a short list, read whole. */
public interface ContactRepository {

    /** Ordered by ordre, then nom. */
    List<Contact> lister();

    Optional<Contact> trouver(ContactId id);

    void enregistrer(Contact contact);

    /** @return whether there was such a contact */
    boolean supprimer(ContactId id);
}
