package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.ConnexionEnAttente;
import java.time.Instant;
import java.util.Optional;

/** The logins waiting for their second factor's code, found by the SHA-256 of the token the page carries. */
public interface ConnexionsEnAttenteRepository {

    void ajouter(EmpreinteJeton empreinte, ConnexionEnAttente connexion);

    Optional<ConnexionEnAttente> trouver(EmpreinteJeton empreinte);

    void supprimer(EmpreinteJeton empreinte);

    /** Forgets those expired before {@code instant}; answers how many. */
    int purgerAvant(Instant instant);
}
