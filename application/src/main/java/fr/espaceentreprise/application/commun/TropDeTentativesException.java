package fr.espaceentreprise.application.commun;

import java.time.Duration;
import java.util.Objects;

/**
 * Too many attempts from this address (or on this account) in a short time. The web adapter answers 429
 * ({@value #CODE}) with {@code Retry-After} = {@link #reessayerApres()} rounded up to the second.
 */
public final class TropDeTentativesException extends RuntimeException {

    public static final String CODE = "requete.trop_nombreuses";

    private final Duration reessayerApres;

    public TropDeTentativesException(Duration reessayerApres) {
        super(CODE);
        this.reessayerApres = Objects.requireNonNull(reessayerApres, "reessayerApres");
    }

    public String code() {
        return CODE;
    }

    public Duration reessayerApres() {
        return reessayerApres;
    }
}
