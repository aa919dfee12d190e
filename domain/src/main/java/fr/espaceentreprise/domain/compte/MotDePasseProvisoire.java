package fr.espaceentreprise.domain.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The hash of a temporary password sent by mail (after a validated sign-up or a "mot de passe oublié") and the
 * instant it stops working: {@link #VALIDITE} after it was issued. Single use.
 */
public record MotDePasseProvisoire(String empreinte, Instant expireLe) {

    public static final Duration VALIDITE = Duration.ofHours(72);

    public MotDePasseProvisoire {
        Objects.requireNonNull(empreinte, "empreinte");
        Objects.requireNonNull(expireLe, "expireLe");
    }

    public static MotDePasseProvisoire emis(String empreinte, Instant emisLe) {
        return new MotDePasseProvisoire(empreinte, emisLe.plus(VALIDITE));
    }

    /** Valid strictly before its expiry: at 72 h sharp it no longer works. */
    public boolean estValideLe(Instant instant) {
        return instant.isBefore(expireLe);
    }

    @Override
    public String toString() {
        return "MotDePasseProvisoire[expireLe=" + expireLe + "]";
    }
}
