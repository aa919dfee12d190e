package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import java.time.Clock;

public final class PurgerConnexionsEnAttenteService implements PurgerConnexionsEnAttente {

    private final ConnexionsEnAttenteRepository connexions;
    private final Transactions transactions;
    private final Clock horloge;

    public PurgerConnexionsEnAttenteService(ConnexionsEnAttenteRepository connexions, Transactions transactions,
                                            Clock horloge) {
        this.connexions = connexions;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public int purger() {
        return transactions.enTransaction(() -> connexions.purgerAvant(horloge.instant()));
    }
}
