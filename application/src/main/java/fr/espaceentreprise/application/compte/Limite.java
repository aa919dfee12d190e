package fr.espaceentreprise.application.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A rate limit: at most {@code nombre} attempts per sliding {@code fenetre}, counted by {@link LimiteurDeDebit}. */
public record Limite(int nombre, Duration fenetre) {

    public Limite {
        if (nombre < 1) {
            throw new IllegalArgumentException("nombre < 1");
        }
        Objects.requireNonNull(fenetre, "fenetre");
    }

    /** Counts one attempt on {@code cle}; empty when allowed, else how long to wait. */
    public Optional<Duration> consommer(LimiteurDeDebit limiteur, String cle, Instant maintenant) {
        return limiteur.consommer(cle, nombre, fenetre, maintenant);
    }
}
