package fr.espaceentreprise.application.compte;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of a session token, in lower-case hex: what is stored and looked up instead of the token, so that
 * reading the sessions table gives no usable token. A 256-bit random token needs no salt nor slow hash.
 */
public record EmpreinteJeton(String valeur) {

    public EmpreinteJeton {
        Objects.requireNonNull(valeur, "valeur");
        if (valeur.length() != 64) {
            throw new IllegalArgumentException("une empreinte SHA-256 fait 64 caractères hexadécimaux");
        }
    }

    public static EmpreinteJeton de(String jeton) {
        Objects.requireNonNull(jeton, "jeton");
        try {
            byte[] empreinte = MessageDigest.getInstance("SHA-256").digest(jeton.getBytes(StandardCharsets.UTF_8));
            return new EmpreinteJeton(HexFormat.of().formatHex(empreinte));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }
}
