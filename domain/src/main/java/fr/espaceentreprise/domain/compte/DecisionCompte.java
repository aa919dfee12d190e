package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the back office did to an account, and why: kept after the account's deletion, as the audit trail is.
 *
 * @param motif     required to suspend or delete, absent for a reactivation
 * @param precision the gestionnaire's own words, optional, at most {@value #PRECISION_MAX} characters
 * @param par       the gestionnaire who decided
 */
public record DecisionCompte(UUID id, UtilisateurId compte, TypeDecisionCompte type, Optional<MotifCompte> motif,
                             Optional<String> precision, UtilisateurId par, Instant instant) {

    public static final int PRECISION_MAX = 1000;
    public static final String CHAMP_PRECISION = "precision";

    public DecisionCompte {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(compte, "compte");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(motif, "motif");
        Objects.requireNonNull(par, "par");
        Objects.requireNonNull(instant, "instant");
        precision = Objects.requireNonNull(precision, "precision")
                .filter(texte -> !texte.isBlank())
                .map(texte -> Verifications.texte(texte, CHAMP_PRECISION, PRECISION_MAX));
        if (type != TypeDecisionCompte.REACTIVATION && motif.isEmpty()) {
            throw new ValeurInvalideException(Verifications.OBLIGATOIRE, MotifCompte.CHAMP);
        }
    }

    /** A new decision with a fresh id; {@code motif} and {@code precision} may be null. */
    public static DecisionCompte de(UtilisateurId compte, TypeDecisionCompte type, MotifCompte motif,
                                    String precision, UtilisateurId par, Instant instant) {
        return new DecisionCompte(UUID.randomUUID(), compte, type, Optional.ofNullable(motif),
                Optional.ofNullable(precision), par, instant);
    }
}
