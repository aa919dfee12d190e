package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.util.Optional;

public final class SalariesEnMemoire extends DepotEnMemoire<SalarieId, Salarie> implements SalarieRepository {

    public SalariesEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, SalariesEnMemoire::copie);
    }

    public Salarie ajouter(Salarie salarie) {
        ajouter(salarie.id(), salarie);
        return salarie;
    }

    @Override
    public Optional<Salarie> trouver(SalarieId id) {
        return lire(id);
    }

    @Override
    public void enregistrer(Salarie salarie) {
        ecrire(salarie.id(), salarie);
    }

    static Salarie copie(Salarie s) {
        return Salarie.rehydrater(s.id(), s.entrepriseId(), s.nom(), s.prenom(), s.dateNaissance(),
                s.email().orElse(null), s.paysExpatriation(), s.salaireReference(), s.affiliations());
    }
}
