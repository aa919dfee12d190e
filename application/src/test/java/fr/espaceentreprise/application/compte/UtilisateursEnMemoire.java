package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class UtilisateursEnMemoire extends DepotEnMemoire<UtilisateurId, Utilisateur>
        implements UtilisateurRepository {

    public UtilisateursEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, Copies::de);
    }

    public Utilisateur ajouter(Utilisateur utilisateur) {
        ajouter(utilisateur.id(), utilisateur);
        return utilisateur;
    }

    @Override
    public Optional<Utilisateur> trouver(UtilisateurId id) {
        return lire(id);
    }

    @Override
    public Optional<Utilisateur> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        return vivants().stream().filter(u -> u.numeroAdherent().equals(numeroAdherent)).findFirst();
    }

    @Override
    public List<Utilisateur> trouverParEmail(Email email) {
        String cherche = email.valeur().toLowerCase(Locale.ROOT);
        return vivants().stream()
                .filter(u -> u.email().valeur().toLowerCase(Locale.ROOT).equals(cherche))
                .toList();
    }

    @Override
    public void enregistrer(Utilisateur utilisateur) {
        boolean numeroPris = vivants().stream().anyMatch(autre -> !autre.id().equals(utilisateur.id())
                && autre.numeroAdherent().equals(utilisateur.numeroAdherent()));
        if (numeroPris && utilisateur.statut() != StatutCompte.SUPPRIME) {
            throw new RegleMetierException("numeroAdherent.deja_utilise", "numeroAdherent");
        }
        ecrire(utilisateur.id(), utilisateur);
    }

    private List<Utilisateur> vivants() {
        return tous().stream().filter(u -> u.statut() != StatutCompte.SUPPRIME).toList();
    }
}
