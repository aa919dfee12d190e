package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a client sends ({@code Idempotency-Key} header, or the token of a form) so that sending the same demande
 * twice creates it once: 1 to {@value #LONGUEUR_MAX} visible ASCII characters, else "idempotence.cle.invalide"
 * on field {@value #CHAMP}.
 */
public record CleIdempotence(String valeur) {

    public static final int LONGUEUR_MAX = 100;
    public static final String CHAMP = "cleIdempotence";
    private static final Pattern FORME = Pattern.compile("[\\x21-\\x7E]{1," + LONGUEUR_MAX + "}");

    public CleIdempotence {
        Objects.requireNonNull(valeur, "valeur");
        if (!FORME.matcher(valeur).matches()) {
            throw new ValeurInvalideException("idempotence.cle.invalide", CHAMP);
        }
    }
}
