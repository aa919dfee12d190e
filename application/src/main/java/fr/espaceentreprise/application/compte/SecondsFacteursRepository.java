package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;

/**
 * Storage of the users' second factors and of the enrolments under way, at most one of each per user. The TOTP
 * secrets are kept encrypted: reading the tables gives none of them.
 */
public interface SecondsFacteursRepository {

    Optional<SecondFacteur> trouver(UtilisateurId utilisateurId);

    /** Stores the factor, replacing the user's previous one (a new phone), its recovery codes with it. */
    void enregistrer(SecondFacteur secondFacteur);

    /** Forgets the user's factor and any enrolment under way (the back office's reset, a deleted account). */
    void supprimer(UtilisateurId utilisateurId);

    Optional<EnrolementSecondFacteur> trouverEnrolement(UtilisateurId utilisateurId);

    /** Stores an enrolment under way, replacing one not yet confirmed. */
    void enregistrerEnrolement(EnrolementSecondFacteur enrolement);

    void supprimerEnrolement(UtilisateurId utilisateurId);
}
