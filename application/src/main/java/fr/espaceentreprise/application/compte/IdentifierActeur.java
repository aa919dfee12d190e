package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Optional;

/**
 * Who a user is for the use cases, for a service that authenticates its users itself: profil, language, the
 * périmètre of entreprises and contrats they may see, and the first-login steps their account still owes (a
 * password of their own, a confirmed e-mail address, the CGU in force). Empty when the account may no longer use
 * the portal (unknown, suspended, deleted, or more than two years after the last contract or mandate ended).
 * Ask again for each piece of work: the périmètre and the steps change (a mandate ends, new CGU are published).
 */
public interface IdentifierActeur {

    Optional<Acteur> identifier(UtilisateurId utilisateurId);
}
