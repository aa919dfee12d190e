package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.UtilisateurId;

import java.time.Instant;

/**
 * One line of a Demande's history: who did what, when, the status it left the Demande in, and the message
 * exchanged (null when there was none).
 */
public record EvenementDemande(Instant instant, UtilisateurId auteur, TypeEvenement type, StatutDemande statut,
                               String message) {

    public EvenementDemande {
        Verifications.nonNul(instant, "instant");
        Verifications.nonNul(auteur, "auteur");
        Verifications.nonNul(type, "type");
        Verifications.nonNul(statut, "statut");
    }
}
