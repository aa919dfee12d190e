package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ContactRepository}: contacts found by id, replaced, removed, listed by ordre then nom. */
public abstract class ContactRepositoryContract extends PortContract {

    private ContactRepository contacts() {
        return stockage().contacts();
    }

    private Contact enregistrer(Contact contact) {
        enTransaction(() -> contacts().enregistrer(contact));
        return contact;
    }

    private Optional<Contact> trouver(ContactId id) {
        return enTransaction(() -> contacts().trouver(id));
    }

    private List<Contact> lister() {
        return enTransaction(() -> contacts().lister());
    }

    private static Contact contact(String nom, int ordre) {
        return new Contact(ContactId.nouveau(), nom, new TexteBilingue("Chargée d'affaires", "Account manager"),
                new Telephone("+33 2 54 45 56 22"), new Email("contact@welcare.fr"),
                new TexteBilingue("Europe et Amériques", "Europe and the Americas"), ordre);
    }

    @Test
    void finds_a_saved_contact_with_every_field() {
        Contact contact = enregistrer(new Contact(ContactId.nouveau(), "Zoé Ardent",
                new TexteBilingue("Commerciale", "Sales"), new Telephone("+33 1 40 00 00 09"),
                new Email("zoe.ardent@welcare.fr"), new TexteBilingue("Océanie", "Oceania"), 7));

        assertEquals(Optional.of(contact), trouver(contact.id()));
        assertEquals(List.of(contact), lister());
    }

    @Test
    void saving_again_replaces_the_contact() {
        Contact contact = enregistrer(contact("Zoé Ardent", 0));
        Contact change = new Contact(contact.id(), "Zoé Ardent-Lefort", contact.fonction(), contact.telephone(),
                new Email("zoe.lefort@welcare.fr"), new TexteBilingue("Asie", "Asia"), 9);

        enregistrer(change);

        assertEquals(Optional.of(change), trouver(contact.id()));
        assertEquals(List.of(change), lister());
    }

    @Test
    void lists_by_ordre_then_nom() {
        Contact benali = enregistrer(contact("Mehdi Benali", 2));
        Contact vasseur = enregistrer(contact("Claire Vasseur", 1));
        Contact laurent = enregistrer(contact("Anne Laurent", 1));
        Contact nguyen = enregistrer(contact("Thomas Nguyen", 0));

        assertEquals(List.of(nguyen, laurent, vasseur, benali), lister());
    }

    @Test
    void removing_a_contact_says_whether_there_was_one() {
        Contact contact = enregistrer(contact("Zoé Ardent", 0));
        Contact autre = enregistrer(contact("Julie Roche", 1));

        assertTrue(enTransaction(() -> contacts().supprimer(contact.id())));
        assertFalse(enTransaction(() -> contacts().supprimer(contact.id())));

        assertEquals(Optional.empty(), trouver(contact.id()));
        assertEquals(List.of(autre), lister());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        enregistrer(contact("Zoé Ardent", 0));

        assertEquals(Optional.empty(), trouver(ContactId.nouveau()));
        assertFalse(enTransaction(() -> contacts().supprimer(ContactId.nouveau())));
    }
}
