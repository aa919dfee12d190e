package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.salarie.CodeVerification;

/** Draws secrets from a cryptographically secure source. */
public interface GenerateurSecrets {

    /** A 256-bit random token, URL-safe base64 without padding (43 characters): session and API tokens. */
    String jeton();

    /**
     * A temporary password of at least 16 characters drawn from letters and digits without look-alikes
     * (no 0/O, 1/l/I), easy to type from an e-mail.
     */
    char[] motDePasseProvisoire();

    /** A code of exactly {@code chiffres} decimal digits, leading zeros kept. */
    String codeNumerique(int chiffres);

    /** The secret of a new TOTP second factor: {@link SecretTotp#OCTETS} random bytes. */
    SecretTotp secretTotp();

    /** A recovery code: 16 characters of an alphabet without look-alikes (80 random bits), in groups of four. */
    String codeDeSecours();

    /** A code of {@link CodeVerification#LONGUEUR} characters of {@link CodeVerification#ALPHABET} (100 random bits). */
    CodeVerification codeVerification();
}
