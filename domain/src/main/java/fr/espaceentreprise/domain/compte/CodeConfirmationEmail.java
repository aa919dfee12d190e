package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Email;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A pending e-mail confirmation: the hash of the 6-digit code sent to {@code email}, valid {@link #VALIDITE}
 * after it was issued and for {@value #ESSAIS} attempts.
 */
public record CodeConfirmationEmail(String empreinte, Email email, Instant expireLe, int essaisRestants) {

    public static final Duration VALIDITE = Duration.ofMinutes(10);
    public static final int ESSAIS = 5;
    public static final int CHIFFRES = 6;

    public CodeConfirmationEmail {
        Objects.requireNonNull(empreinte, "empreinte");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(expireLe, "expireLe");
        if (essaisRestants < 0 || essaisRestants > ESSAIS) {
            throw new IllegalArgumentException("essaisRestants hors de 0.." + ESSAIS);
        }
    }

    public static CodeConfirmationEmail emis(String empreinte, Email email, Instant emisLe) {
        return new CodeConfirmationEmail(empreinte, email, emisLe.plus(VALIDITE), ESSAIS);
    }

    /** Strictly before its expiry: at 10 min sharp the code no longer works. */
    public boolean estExpireLe(Instant instant) {
        return !instant.isBefore(expireLe);
    }

    CodeConfirmationEmail apresEchec() {
        return new CodeConfirmationEmail(empreinte, email, expireLe, essaisRestants - 1);
    }

    @Override
    public String toString() {
        return "CodeConfirmationEmail[expireLe=" + expireLe + ", essaisRestants=" + essaisRestants + "]";
    }
}
