package fr.espaceentreprise.domain.compte;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA-1, 6 digits, 30-second steps counted
 * from the Unix epoch, the way every authenticator app computes them. A code is accepted for the current step
 * and one step either side (a phone's clock a little off, a code typed at the turn of a step), and only for a step
 * later than the last one accepted, so that a code seen over someone's shoulder cannot be used again.
 */
public final class Totp {

    public static final int CHIFFRES = 6;
    public static final Duration PAS = Duration.ofSeconds(30);
    /** Steps accepted either side of the current one. */
    public static final int DERIVE = 1;
    private static final int MODULO = 1_000_000;

    private Totp() {
    }

    /** The step an instant falls in. */
    public static long pas(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PAS.toSeconds());
    }

    /** The 6-digit code of {@code pas}, zero-padded. */
    public static String code(SecretTotp secret, long pas) {
        byte[] hmac = hmacSha1(secret.octets(), ByteBuffer.allocate(Long.BYTES).putLong(pas).array());
        int decalage = hmac[hmac.length - 1] & 0x0f;
        int binaire = ((hmac[decalage] & 0x7f) << 24) | ((hmac[decalage + 1] & 0xff) << 16)
                | ((hmac[decalage + 2] & 0xff) << 8) | (hmac[decalage + 3] & 0xff);
        return String.format("%0" + CHIFFRES + "d", binaire % MODULO);
    }

    /**
     * The step whose code {@code saisi} is, among the current one and its neighbours, if later than
     * {@code dernierPasAccepte}; empty otherwise (wrong, too old, or already used).
     */
    public static OptionalLong verifier(SecretTotp secret, String saisi, Instant maintenant, long dernierPasAccepte) {
        if (saisi == null) {
            return OptionalLong.empty();
        }
        String code = saisi.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!code.matches("\\d{" + CHIFFRES + "}")) {
            return OptionalLong.empty();
        }
        long courant = pas(maintenant);
        for (long pas = courant - DERIVE; pas <= courant + DERIVE; pas++) {
            if (pas > dernierPasAccepte && egaux(code(secret, pas), code)) {
                return OptionalLong.of(pas);
            }
        }
        return OptionalLong.empty();
    }

    /** Compared in constant time. */
    private static boolean egaux(String attendu, String saisi) {
        return MessageDigest.isEqual(attendu.getBytes(StandardCharsets.US_ASCII),
                saisi.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmacSha1(byte[] cle, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(cle, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
