package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;

/**
 * The browsers each user logged in from, known by the SHA-256 of the random identifier their cookie keeps, so that a
 * login from another one can be mailed to the user.
 */
public interface AppareilsRepository {

    boolean estConnu(UtilisateurId utilisateurId, EmpreinteJeton appareil);

    /** Remembers the browser (again), dated {@code vuLe}. */
    void enregistrer(UtilisateurId utilisateurId, EmpreinteJeton appareil, Instant vuLe);
}
