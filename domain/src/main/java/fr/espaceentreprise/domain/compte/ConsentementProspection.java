package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the user accepts that his personal data be used for commercial prospecting. Refused until he says
 * otherwise; he may change his mind at any time, and the time of the last change is kept.
 *
 * @param modifieLe empty while the user never chose (the refusal by default)
 */
public record ConsentementProspection(UtilisateurId utilisateurId, boolean accepte, Optional<Instant> modifieLe) {

    public ConsentementProspection {
        Verifications.nonNul(utilisateurId, "utilisateurId");
        Objects.requireNonNull(modifieLe, "modifieLe");
    }

    public static ConsentementProspection parDefaut(UtilisateurId utilisateurId) {
        return new ConsentementProspection(utilisateurId, false, Optional.empty());
    }

    /** The user's choice at {@code instant}, recorded even when it repeats the previous one. */
    public ConsentementProspection changer(boolean accepte, Instant instant) {
        return new ConsentementProspection(utilisateurId, accepte, Optional.of(Verifications.nonNul(instant, "instant")));
    }
}
