package fr.espaceentreprise.application.mandataire;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.MandataireId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class MandatsEnMemoire extends DepotEnMemoire<MandatId, Mandat> implements MandatRepository {

    public MandatsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, MandatsEnMemoire::copie);
    }

    public Mandat ajouter(Mandat mandat) {
        ajouter(mandat.id(), mandat);
        return mandat;
    }

    @Override
    public Optional<Mandat> trouver(MandatId id) {
        return lire(id);
    }

    @Override
    public List<Mandat> trouverParMandataire(MandataireId mandataireId) {
        return tous().stream()
                .filter(mandat -> mandat.mandataireId().equals(mandataireId))
                .sorted(Comparator.comparing(mandat -> mandat.periode().debut()))
                .toList();
    }

    @Override
    public void enregistrer(Mandat mandat) {
        ecrire(mandat.id(), mandat);
    }

    private static Mandat copie(Mandat m) {
        return Mandat.rehydrater(m.id(), m.mandataireId(), m.entrepriseId(), m.contrats(), m.periode());
    }
}
