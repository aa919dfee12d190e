package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A second factor being enrolled: the secret shown to the user, waiting for a first valid code from his app. Until
 * then the factor he had, if any, keeps working; a new enrolment replaces one still waiting.
 */
public record EnrolementSecondFacteur(UtilisateurId utilisateurId, SecretTotp secret, Instant commenceLe) {

    /** Long enough to install an app and scan a code; then the user starts again. */
    public static final Duration VALIDITE = Duration.ofMinutes(30);
    public static final String CODE_INCORRECT = "secondFacteur.code_incorrect";
    public static final String EXPIRE = "secondFacteur.enrolement_expire";

    public EnrolementSecondFacteur {
        Objects.requireNonNull(utilisateurId, "utilisateurId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(commenceLe, "commenceLe");
    }

    public boolean estValideLe(Instant instant) {
        return instant.isBefore(commenceLe.plus(VALIDITE));
    }

    /**
     * The factor this enrolment becomes once {@code code} proves the app computes the same codes.
     *
     * @param codesDeSecours the new recovery codes (the previous factor's are worth nothing any more)
     * @throws RegleMetierException {@value #CODE_INCORRECT} (field code) for a wrong code, {@value #EXPIRE}
     *                              when the enrolment is too old
     */
    public SecondFacteur confirmer(String code, List<CodeDeSecours> codesDeSecours, Instant instant) {
        if (!estValideLe(instant)) {
            throw new RegleMetierException(EXPIRE, "code");
        }
        OptionalLong pas = Totp.verifier(secret, code, instant, Long.MIN_VALUE);
        if (pas.isEmpty()) {
            throw new RegleMetierException(CODE_INCORRECT, "code");
        }
        return SecondFacteur.rehydrater(utilisateurId, secret, instant, pas.getAsLong(), codesDeSecours);
    }
}
