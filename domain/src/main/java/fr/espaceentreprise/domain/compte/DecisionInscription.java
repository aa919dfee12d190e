package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Instant;
import java.util.Optional;

/** Who decided on a sign-up request, when, and why when it was rejected. */
public record DecisionInscription(UtilisateurId gestionnaire, Instant instant, Optional<String> motif) {

    public DecisionInscription {
        Verifications.nonNul(gestionnaire, "gestionnaire");
        Verifications.nonNul(instant, "instant");
        Verifications.nonNul(motif, "motif");
    }
}
