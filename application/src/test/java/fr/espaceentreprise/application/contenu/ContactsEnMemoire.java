package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class ContactsEnMemoire implements ContactRepository, TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private Map<ContactId, Contact> contacts = new LinkedHashMap<>();

    public ContactsEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    @Override
    public List<Contact> lister() {
        return contacts.values().stream()
                .sorted(Comparator.comparingInt(Contact::ordre).thenComparing(Contact::nom)).toList();
    }

    @Override
    public Optional<Contact> trouver(ContactId id) {
        return Optional.ofNullable(contacts.get(id));
    }

    @Override
    public void enregistrer(Contact contact) {
        transactions.exigerTransaction();
        contacts.put(contact.id(), contact);
    }

    @Override
    public boolean supprimer(ContactId id) {
        transactions.exigerTransaction();
        return contacts.remove(id) != null;
    }

    @Override
    public Object instantane() {
        return new LinkedHashMap<>(contacts);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        contacts = (Map<ContactId, Contact>) instantane;
    }
}
