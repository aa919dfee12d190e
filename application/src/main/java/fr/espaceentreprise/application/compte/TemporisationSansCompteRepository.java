package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Temporisation;
import java.util.Optional;

/**
 * Throttling of login attempts on a numéro d'adhérent that no account holds. Unknown numéros are throttled
 * exactly like real accounts, so that neither the answer (a wait after five failures) nor its timing tells
 * whether an account exists. Rows whose newest failure is older than a day may be purged: by then the
 * numéro may be tried again and only its consecutive-failure count would be lost.
 */
public interface TemporisationSansCompteRepository {

    /** Locked until the end of the transaction, like {@link IdentifiantsRepository#findByUtilisateur}. */
    Optional<Temporisation> findByNumeroAdherent(NumeroAdherent numeroAdherent);

    /** Inserts or replaces the state of that numéro. */
    void save(NumeroAdherent numeroAdherent, Temporisation temporisation);
}
