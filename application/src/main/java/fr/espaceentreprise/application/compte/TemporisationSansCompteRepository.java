package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Temporisation;
import java.util.Optional;

/**
 * Throttling of login attempts on a numéro d'adhérent that no account holds. Unknown numéros are throttled
 * exactly like real accounts, so that neither the answer (a wait after five failures) nor its timing tells
 * whether an account exists. A row is only written for a numéro someone failed to log in with; purging rows
 * whose newest failure is days old bounds the table at the cost of forgetting their consecutive-failure count
 * (which an account would keep).
 */
public interface TemporisationSansCompteRepository {

    /** Locked until the end of the transaction, like {@link IdentifiantsRepository#trouverParUtilisateur}. */
    Optional<Temporisation> trouverParNumeroAdherent(NumeroAdherent numeroAdherent);

    /** Inserts or replaces the state of that numéro. */
    void enregistrer(NumeroAdherent numeroAdherent, Temporisation temporisation);
}
