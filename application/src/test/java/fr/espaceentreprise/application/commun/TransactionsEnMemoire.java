package fr.espaceentreprise.application.commun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Transactions for in-memory fakes: every registered participant is snapshotted when a transaction starts and
 * restored when the work throws, so "nothing was written" can be asserted. A nested call joins the running
 * transaction; when it throws, the whole transaction is rolled back even if the caller catches the exception, and
 * the outer call then fails with {@link IllegalStateException}, as on PostgreSQL. Fakes call {@link #exigerTransaction()}
 * on each write, so a use case writing outside a transaction fails its test.
 */
public final class TransactionsEnMemoire implements Transactions {

    /** A fake whose state can be set aside and put back. */
    public interface Participant {

        Object instantane();

        void restaurer(Object instantane);
    }

    private final List<Participant> participants = new ArrayList<>();
    private boolean enCours;
    private boolean aAnnuler;
    private int validees;
    private int annulees;

    public void inscrire(Participant participant) {
        participants.add(participant);
    }

    @Override
    public <T> T enTransaction(Supplier<T> travail) {
        if (enCours) {
            return joindre(travail);
        }
        Map<Participant, Object> instantanes = new LinkedHashMap<>();
        participants.forEach(participant -> instantanes.put(participant, participant.instantane()));
        enCours = true;
        aAnnuler = false;
        try {
            T resultat = travail.get();
            if (aAnnuler) {
                throw new IllegalStateException(
                        "transaction annulée: un appel imbriqué a échoué et son exception a été interceptée");
            }
            validees++;
            return resultat;
        } catch (RuntimeException | Error echec) {
            instantanes.forEach(Participant::restaurer);
            annulees++;
            throw echec;
        } finally {
            enCours = false;
        }
    }

    private <T> T joindre(Supplier<T> travail) {
        try {
            return travail.get();
        } catch (RuntimeException | Error echec) {
            aAnnuler = true;
            throw echec;
        }
    }

    public void exigerTransaction() {
        if (!enCours) {
            throw new AssertionError("écriture hors transaction");
        }
    }

    public boolean enCours() {
        return enCours;
    }

    public int validees() {
        return validees;
    }

    public int annulees() {
        return annulees;
    }
}
