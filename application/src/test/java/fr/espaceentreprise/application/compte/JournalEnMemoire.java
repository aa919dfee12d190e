package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class JournalEnMemoire implements JournalAudit, TransactionsEnMemoire.Participant {

    private static final Comparator<EvenementAudit> DU_PLUS_RECENT = Comparator
            .comparing(EvenementAudit::instant).thenComparing(EvenementAudit::id, OrdreSql.UUID).reversed();

    private final TransactionsEnMemoire transactions;
    private List<EvenementAudit> evenements = new ArrayList<>();

    public JournalEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    /** Test setup. */
    public void ajouter(EvenementAudit evenement) {
        evenements.add(evenement);
    }

    @Override
    public void enregistrer(EvenementAudit evenement) {
        transactions.exigerTransaction();
        evenements.add(evenement);
    }

    @Override
    public List<EvenementAudit> lister(Optional<NumeroAdherent> numeroAdherent, Optional<CurseurChronologique> avant,
                                       int nombre) {
        return evenements.stream()
                .filter(e -> numeroAdherent.isEmpty() || e.numeroAdherent().equals(numeroAdherent))
                .filter(e -> avant.map(curseur -> avant(e, curseur)).orElse(true))
                .sorted(DU_PLUS_RECENT)
                .limit(nombre)
                .toList();
    }

    private static boolean avant(EvenementAudit evenement, CurseurChronologique curseur) {
        int parInstant = evenement.instant().compareTo(curseur.instant());
        return parInstant < 0 || (parInstant == 0 && OrdreSql.UUID.compare(evenement.id(), curseur.id()) < 0);
    }

    /** Every line, in the order written. */
    public List<EvenementAudit> evenements() {
        return List.copyOf(evenements);
    }

    public List<EvenementAudit> deType(TypeEvenementAudit type) {
        return evenements.stream().filter(e -> e.type() == type).toList();
    }

    /** The only line written; fails when there is not exactly one. */
    public EvenementAudit seul() {
        if (evenements.size() != 1) {
            throw new AssertionError("une ligne d'audit attendue, trouvé " + evenements);
        }
        return evenements.get(0);
    }

    @Override
    public Object instantane() {
        return new ArrayList<>(evenements);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        evenements = (List<EvenementAudit>) instantane;
    }
}
