package fr.espaceentreprise.adapters.web.page;

import java.util.Objects;

/**
 * A page that cannot be shown now sends the browser elsewhere (303 See Other): the login page for a visitor, the
 * pending first-login step for a user who has one. Thrown from anywhere in a handler, answered in one place
 * ({@link fr.espaceentreprise.adapters.web.erreur.Problemes}).
 */
public final class Redirection extends RuntimeException {

    private final String adresse;

    /** @param adresse a path of this portal, starting with a single {@code /} */
    public Redirection(String adresse) {
        super(adresse, null, false, false);
        Objects.requireNonNull(adresse, "adresse");
        if (!adresse.startsWith("/") || adresse.startsWith("//")) {
            throw new IllegalArgumentException("not a local path: " + adresse);
        }
        this.adresse = adresse;
    }

    public String adresse() {
        return adresse;
    }
}
