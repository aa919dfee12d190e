package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.ConnexionEnAttente;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ConnexionsEnAttenteEnMemoire extends DepotEnMemoire<EmpreinteJeton, ConnexionEnAttente>
        implements ConnexionsEnAttenteRepository {

    public ConnexionsEnAttenteEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, connexion -> connexion);
    }

    @Override
    public void ajouter(EmpreinteJeton empreinte, ConnexionEnAttente connexion) {
        ecrire(empreinte, connexion);
    }

    @Override
    public Optional<ConnexionEnAttente> trouver(EmpreinteJeton empreinte) {
        return lire(empreinte);
    }

    @Override
    public void supprimer(EmpreinteJeton empreinte) {
        super.supprimer(empreinte);
    }

    @Override
    public int purgerAvant(Instant instant) {
        List<EmpreinteJeton> expirees = cles(connexion -> !connexion.expireLe().isAfter(instant));
        expirees.forEach(super::supprimer);
        return expirees.size();
    }
}
