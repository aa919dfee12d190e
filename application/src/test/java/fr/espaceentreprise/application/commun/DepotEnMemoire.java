package fr.espaceentreprise.application.commun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Base of the in-memory fakes of repositories: rows keyed by {@code K}, stored and read as copies (as a database
 * would), so a use case that changes an aggregate and forgets to save it is caught. Writes through the port
 * require a transaction; {@link #ajouter} sets a test's starting data without one.
 */
public abstract class DepotEnMemoire<K, V> implements TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private final UnaryOperator<V> copie;
    private Map<K, V> lignes = new LinkedHashMap<>();

    protected DepotEnMemoire(TransactionsEnMemoire transactions, UnaryOperator<V> copie) {
        this.transactions = transactions;
        this.copie = copie;
        transactions.inscrire(this);
    }

    /** Test setup: stores without a transaction. */
    public void ajouter(K cle, V valeur) {
        lignes.put(cle, copie.apply(valeur));
    }

    /** Test setup: removes a row without a transaction (as if deleted by another part of the system). */
    public void retirer(K cle) {
        lignes.remove(cle);
    }

    protected void ecrire(K cle, V valeur) {
        transactions.exigerTransaction();
        lignes.put(cle, copie.apply(valeur));
    }

    protected void supprimer(K cle) {
        transactions.exigerTransaction();
        lignes.remove(cle);
    }

    /** The keys of the rows that satisfy {@code condition}, in insertion order. */
    protected List<K> cles(Predicate<V> condition) {
        return lignes.entrySet().stream()
                .filter(ligne -> condition.test(ligne.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    protected Optional<V> lire(K cle) {
        return Optional.ofNullable(lignes.get(cle)).map(copie);
    }

    /** The key of the first row that satisfies {@code condition}. */
    protected Optional<K> premiereCle(Predicate<V> condition) {
        return lignes.entrySet().stream()
                .filter(ligne -> condition.test(ligne.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Copies of every row, in insertion order. */
    public List<V> tous() {
        List<V> copies = new ArrayList<>();
        lignes.values().forEach(valeur -> copies.add(copie.apply(valeur)));
        return copies;
    }

    public int taille() {
        return lignes.size();
    }

    @Override
    public Object instantane() {
        return new LinkedHashMap<>(lignes);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        lignes = (Map<K, V>) instantane;
    }
}
