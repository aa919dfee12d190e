package fr.espaceentreprise.application.commun;

import java.time.Duration;
import java.util.Objects;

/**
 * Too many attempts from this address (or on this account) in a short time. The web adapter answers 429
 * ({@value #CODE}) with {@code Retry-After} = {@link #reessayerApres()} rounded up to the second.
 */
public final class TropDeTentativesException extends ApplicationException {

    public static final String CODE = "debit.depasse";

    private final Duration reessayerApres;

    public TropDeTentativesException(Duration reessayerApres) {
        super(CODE);
        this.reessayerApres = Objects.requireNonNull(reessayerApres, "reessayerApres");
    }

    public Duration reessayerApres() {
        return reessayerApres;
    }
}
