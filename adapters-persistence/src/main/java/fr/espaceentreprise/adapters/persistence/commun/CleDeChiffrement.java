package fr.espaceentreprise.adapters.persistence.commun;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The AES-256 key the secrets the portal must read back (the TOTP secrets) are encrypted with before they reach the
 * database: 32 bytes, given to the portal as base 64 ({@code ESPACE_CLE_SECRETS}, e.g. drawn by
 * {@code openssl rand -base64 32}) and kept out of the database and of its backups. Losing it loses every enrolled
 * second factor; its text never appears in a log ({@link #toString()} says nothing of it).
 */
public final class CleDeChiffrement {

    public static final int OCTETS = 32;
    /** Where the portal reads the key from; named in the refusal of a malformed one. */
    public static final String VARIABLE = "ESPACE_CLE_SECRETS";

    private static final SecureRandom ALEATOIRE = new SecureRandom();

    private final byte[] octets;

    private CleDeChiffrement(byte[] octets) {
        this.octets = octets.clone();
    }

    /**
     * @throws IllegalArgumentException when {@code base64} is not base 64 or does not decode to exactly
     *                                  {@value #OCTETS} bytes; the message names {@value #VARIABLE}, never the value
     */
    public static CleDeChiffrement depuisBase64(String base64) {
        Objects.requireNonNull(base64, VARIABLE);
        byte[] octets;
        try {
            octets = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw refus("is not base 64");
        }
        if (octets.length != OCTETS) {
            throw refus("decodes to " + octets.length + " bytes");
        }
        return new CleDeChiffrement(octets);
    }

    /** A key drawn now from a {@link SecureRandom}, e.g. to give an operator one. */
    public static CleDeChiffrement nouvelle() {
        byte[] octets = new byte[OCTETS];
        ALEATOIRE.nextBytes(octets);
        return new CleDeChiffrement(octets);
    }

    public String enBase64() {
        return Base64.getEncoder().encodeToString(octets);
    }

    byte[] octets() {
        return octets.clone();
    }

    private static IllegalArgumentException refus(String pourquoi) {
        return new IllegalArgumentException(VARIABLE + " must be an AES-256 key of " + OCTETS
                + " bytes in base 64 (openssl rand -base64 32): the value given " + pourquoi);
    }

    @Override
    public String toString() {
        return "CleDeChiffrement[AES-256]";
    }
}
