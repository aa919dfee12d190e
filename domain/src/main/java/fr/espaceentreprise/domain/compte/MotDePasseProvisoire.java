package fr.espaceentreprise.domain.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The hash of a temporary password sent by mail (after a validated sign-up or a "mot de passe oublié") and the
 * instant it stops working: {@link #VALIDITE_INSCRIPTION} or {@link #VALIDITE_OUBLI} after it was issued. Single use.
 */
public record MotDePasseProvisoire(String empreinte, Instant expireLe) {

    /** The first password of an account just validated: its owner may read his mail days later. */
    public static final Duration VALIDITE_INSCRIPTION = Duration.ofHours(72);
    /** A password asked for on "mot de passe oublié": whoever asks is at his screen, waiting for it. */
    public static final Duration VALIDITE_OUBLI = Duration.ofHours(1);

    public MotDePasseProvisoire {
        Objects.requireNonNull(empreinte, "empreinte");
        Objects.requireNonNull(expireLe, "expireLe");
    }

    public static MotDePasseProvisoire emis(String empreinte, Instant emisLe, Duration validite) {
        return new MotDePasseProvisoire(empreinte, emisLe.plus(validite));
    }

    /** Valid strictly before its expiry: at its expiry sharp it no longer works. */
    public boolean estValideLe(Instant instant) {
        return instant.isBefore(expireLe);
    }

    @Override
    public String toString() {
        return "MotDePasseProvisoire[expireLe=" + expireLe + "]";
    }
}
