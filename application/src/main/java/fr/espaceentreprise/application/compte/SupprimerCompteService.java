package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;

public final class SupprimerCompteService implements SupprimerCompte {

    private final UtilisateurRepository utilisateurs;
    private final FermetureCompte fermeture;
    private final Transactions transactions;
    private final Clock horloge;

    public SupprimerCompteService(UtilisateurRepository utilisateurs, FermetureCompte fermeture,
                             Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.fermeture = fermeture;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void supprimer(Commande commande) {
        transactions.enTransaction(() -> {
            Utilisateur compte = GererCompte.cible(commande.acteur(), commande.compte(), utilisateurs);
            fermeture.supprimer(compte, commande.acteur().utilisateurId(), commande.motif(), commande.precision(),
                    commande.ip(), horloge.instant());
        });
    }
}
