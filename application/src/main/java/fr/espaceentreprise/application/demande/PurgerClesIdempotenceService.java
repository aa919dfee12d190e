package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.Transactions;
import java.time.Clock;
import java.time.Instant;

public final class PurgerClesIdempotenceService implements PurgerClesIdempotence {

    static final int LOT = 1_000;

    private final ClesIdempotence cles;
    private final Transactions transactions;
    private final Clock horloge;

    public PurgerClesIdempotenceService(ClesIdempotence cles, Transactions transactions, Clock horloge) {
        this.cles = cles;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    /** By batches, each in its own short transaction, so that submissions never wait behind the purge. */
    @Override
    public int purger() {
        Instant limite = horloge.instant().minus(CONSERVATION);
        int purgees = 0;
        int lot;
        do {
            lot = transactions.enTransaction(() -> cles.purgerAvant(limite, LOT));
            purgees += lot;
        } while (lot == LOT);
        return purgees;
    }
}
