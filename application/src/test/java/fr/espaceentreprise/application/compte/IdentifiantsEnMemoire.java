package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;

public final class IdentifiantsEnMemoire extends DepotEnMemoire<UtilisateurId, Identifiants>
        implements IdentifiantsRepository {

    public IdentifiantsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, Copies::de);
    }

    public void ajouter(Identifiants identifiants) {
        ajouter(identifiants.utilisateurId(), identifiants);
    }

    @Override
    public Optional<Identifiants> trouverParUtilisateur(UtilisateurId utilisateurId) {
        return lire(utilisateurId);
    }

    @Override
    public void enregistrer(Identifiants identifiants) {
        ecrire(identifiants.utilisateurId(), identifiants);
    }

    /** The stored state, for assertions; fails when there is none. */
    public Identifiants de(UtilisateurId utilisateurId) {
        return lire(utilisateurId).orElseThrow(() -> new AssertionError("aucun identifiant pour " + utilisateurId));
    }
}
