package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Optional;

/**
 * Who an authenticated user is for the use cases today: profil, language and the périmètre of entreprises and
 * contrats they may see. Empty when the account may no longer use the portal (suspended, deleted, or more than
 * two years after the last contract or mandate ended).
 */
public interface IdentifierActeur {

    Optional<Acteur> identifier(UtilisateurId utilisateurId);
}
