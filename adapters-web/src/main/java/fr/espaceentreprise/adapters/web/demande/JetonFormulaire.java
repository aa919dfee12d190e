package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.application.demande.CleIdempotence;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The hidden token of a demande's form: 128 random bits, base64url. The form's submission passes it to
 * {@code SoumettreDemande} as the idempotency key, so that a double click or a resent form creates one demande.
 */
final class JetonFormulaire {

    static final String CHAMP = "jeton";
    static final String CODE_INVALIDE = "demande.formulaire.jeton_invalide";
    private static final int OCTETS = 16;
    private static final String PREFIXE = "formulaire:";
    private static final SecureRandom ALEA = new SecureRandom();

    private JetonFormulaire() {
    }

    static String nouveau() {
        byte[] octets = new byte[OCTETS];
        ALEA.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    /** The key of a token this class wrote; empty for one missing or garbled. */
    static Optional<CleIdempotence> cle(String jeton) {
        if (jeton == null) {
            return Optional.empty();
        }
        try {
            byte[] octets = Base64.getUrlDecoder().decode(jeton);
            boolean canonique = octets.length == OCTETS
                    && Base64.getUrlEncoder().withoutPadding().encodeToString(octets).equals(jeton);
            return canonique ? Optional.of(new CleIdempotence(PREFIXE + jeton)) : Optional.empty();
        } catch (IllegalArgumentException illisible) {
            return Optional.empty();
        }
    }
}
