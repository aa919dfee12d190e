package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import java.util.List;
import java.util.Optional;

/** The audit trail of accounts: append-only, written in the transaction of the act it records. */
public interface JournalAudit {

    void enregistrer(EvenementAudit evenement);

    /**
     * Newest first, ordered by (instant, id) descending, strictly before {@code avant} when given.
     *
     * @param numeroAdherent only the lines about that numéro d'adhérent, when given
     * @param nombre         how many to read at most
     */
    List<EvenementAudit> lister(Optional<NumeroAdherent> numeroAdherent, Optional<CurseurChronologique> avant,
                                int nombre);
}
