package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;

public final class AppareilsEnMemoire extends DepotEnMemoire<AppareilsEnMemoire.Cle, Instant>
        implements AppareilsRepository {

    public AppareilsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, instant -> instant);
    }

    @Override
    public boolean estConnu(UtilisateurId utilisateurId, EmpreinteJeton appareil) {
        return lire(new Cle(utilisateurId, appareil)).isPresent();
    }

    @Override
    public void enregistrer(UtilisateurId utilisateurId, EmpreinteJeton appareil, Instant vuLe) {
        ecrire(new Cle(utilisateurId, appareil), vuLe);
    }

    /** Forgets every browser of that account, as its personal data are erased. */
    public void supprimerCeuxDe(UtilisateurId utilisateurId) {
        cles(vuLe -> true).stream().filter(cle -> cle.utilisateurId().equals(utilisateurId))
                .forEach(this::supprimer);
    }

    public record Cle(UtilisateurId utilisateurId, EmpreinteJeton appareil) {
    }
}
