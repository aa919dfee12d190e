package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of the API tokens, each found by the SHA-256 of the token (never the token itself). */
public interface JetonsApiRepository {

    void ajouter(JetonApi jeton, EmpreinteJeton empreinte);

    Optional<JetonApi> trouverParEmpreinte(EmpreinteJeton empreinte);

    Optional<JetonApi> trouver(JetonApiId id);

    /** The user's tokens, revoked and expired ones included, the newest first. */
    List<JetonApi> listerDe(UtilisateurId utilisateurId);

    /** Records a revocation. */
    void enregistrer(JetonApi jeton);

    /** Dates its last use, never backwards. */
    void utiliser(JetonApiId id, Instant instant);
}
