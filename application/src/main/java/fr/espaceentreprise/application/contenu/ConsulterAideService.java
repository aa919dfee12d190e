package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.contenu.Aide;

import java.util.List;

public final class ConsulterAideService implements ConsulterAide {

    private final AideRepository aide;
    private final Transactions transactions;

    public ConsulterAideService(AideRepository aide, Transactions transactions) {
        this.aide = aide;
        this.transactions = transactions;
    }

    @Override
    public List<Aide> consulter() {
        return transactions.enTransaction(aide::lister);
    }
}
