package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import java.util.List;
import java.util.Optional;

/** Storage of the {@link DemandeInscription} aggregate (sign-up requests) and the back office's queue of them. */
public interface DemandeInscriptionRepository {

    /** Inserts or updates the request, with its statut and decision. */
    void enregistrer(DemandeInscription demande);

    Optional<DemandeInscription> trouver(DemandeInscriptionId id);

    /**
     * Pending requests (EN_ATTENTE), oldest first, ordered by (recueLe, id), strictly after {@code apres} when
     * given (the cursor holds the recueLe and the id of the last request of the previous page).
     *
     * @param nombre how many to read at most
     */
    List<DemandeInscription> listerEnAttente(Optional<CurseurChronologique> apres, int nombre);

    /**
     * The most recently decided VALIDEE request for that numéro d'adhérent: the one the account was opened from.
     * Gives the birth date, which the password checks treat as guessable.
     */
    Optional<DemandeInscription> trouverDerniereValidee(NumeroAdherent numeroAdherent);
}
