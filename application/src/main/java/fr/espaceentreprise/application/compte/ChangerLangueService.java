package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.Utilisateur;

public final class ChangerLangueService implements ChangerLangue {

    private final UtilisateurRepository utilisateurs;
    private final Transactions transactions;

    public ChangerLangueService(UtilisateurRepository utilisateurs, Transactions transactions) {
        this.utilisateurs = utilisateurs;
        this.transactions = transactions;
    }

    @Override
    public void changer(Commande commande) {
        transactions.enTransaction(() -> {
            Utilisateur utilisateur = utilisateurs.trouver(commande.acteur().utilisateurId())
                    .orElseThrow(Introuvable::exception);
            utilisateur.changerLangue(commande.langue());
            utilisateurs.enregistrer(utilisateur);
        });
    }
}
