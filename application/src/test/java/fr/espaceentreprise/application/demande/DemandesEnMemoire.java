package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;

import java.util.Optional;

public final class DemandesEnMemoire extends DepotEnMemoire<DemandeId, Demande> implements DemandeRepository {

    public DemandesEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, DemandesEnMemoire::copie);
    }

    public Demande ajouter(Demande demande) {
        ajouter(demande.id(), demande);
        return demande;
    }

    @Override
    public Optional<Demande> trouver(DemandeId id) {
        return lire(id);
    }

    @Override
    public void enregistrer(Demande demande) {
        ecrire(demande.id(), demande);
    }

    private static Demande copie(Demande d) {
        return Demande.rehydrater(d.id(), d.entrepriseId(), d.auteur(), d.contenu(), d.statut(), d.historique());
    }
}
