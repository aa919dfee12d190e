package fr.espaceentreprise.adapters.web.refus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request the web adapter itself refuses (bad CSRF token, wrong content type, too many attempts…), with the
 * HTTP status to answer and a stable code translated under {@code erreur.<code>}.
 * {@link fr.espaceentreprise.adapters.web.erreur.Problemes} turns it into problem+json under {@code /api} and into
 * the error page elsewhere.
 *
 * <pre>throw new ProblemeException(429, "connexion.trop_de_tentatives").avecEntete("Retry-After", "60");</pre>
 */
public final class ProblemeException extends RuntimeException {

    private final int statut;
    private final String code;
    private final Map<String, Object> parametres = new LinkedHashMap<>();
    private final Map<String, String> entetes = new LinkedHashMap<>();
    private final Map<String, Object> membres = new LinkedHashMap<>();

    public ProblemeException(int statut, String code) {
        super(code);
        if (statut < 400 || statut > 599) {
            throw new IllegalArgumentException("not an error status: " + statut);
        }
        this.statut = statut;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** A value for the translated message, e.g. {@code avecParametre("minutes", 5)}. */
    public ProblemeException avecParametre(String nom, Object valeur) {
        parametres.put(nom, valeur);
        return this;
    }

    /** A header sent with the error answer, e.g. {@code Retry-After}. */
    public ProblemeException avecEntete(String nom, String valeur) {
        entetes.put(nom, valeur);
        return this;
    }

    /**
     * A member added to the problem+json body beside the standard ones (RFC 9457 extension), e.g.
     * {@code avecMembre("etape", "CONFIRMER_EMAIL")}; pages ignore it.
     */
    public ProblemeException avecMembre(String nom, Object valeur) {
        membres.put(nom, valeur);
        return this;
    }

    public int statut() {
        return statut;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> parametres() {
        return Map.copyOf(parametres);
    }

    public Map<String, String> entetes() {
        return Map.copyOf(entetes);
    }

    public Map<String, Object> membres() {
        return Map.copyOf(membres);
    }
}
