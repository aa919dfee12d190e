package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The shared secret of a TOTP second factor: 20 random bytes (160 bits, the size RFC 4226 recommends for
 * HMAC-SHA-1), shown to the user once, in base 32, and as the {@code otpauth://} URI of a QR code.
 */
public final class SecretTotp {

    public static final int OCTETS = 20;
    public static final String INVALIDE = "secondFacteur.secret.invalide";

    private final byte[] octets;

    private SecretTotp(byte[] octets) {
        if (octets == null || octets.length < 10 || octets.length > 64) {
            throw new ValeurInvalideException(INVALIDE, "secret");
        }
        this.octets = octets.clone();
    }

    public static SecretTotp de(byte[] octets) {
        return new SecretTotp(octets);
    }

    public static SecretTotp depuisBase32(String texte) {
        if (texte == null) {
            throw new ValeurInvalideException(INVALIDE, "secret");
        }
        return new SecretTotp(Base32.decoder(texte, INVALIDE));
    }

    public byte[] octets() {
        return octets.clone();
    }

    public String enBase32() {
        return Base32.encoder(octets);
    }

    /**
     * The key URI authenticator apps read from a QR code: {@code otpauth://totp/Émetteur:compte?secret=…&issuer=…
     * &algorithm=SHA1&digits=6&period=30}.
     */
    public String uri(String emetteur, String compte) {
        String libelle = encoder(emetteur) + ":" + encoder(compte);
        return "otpauth://totp/" + libelle + "?secret=" + enBase32() + "&issuer=" + encoder(emetteur)
                + "&algorithm=SHA1&digits=" + Totp.CHIFFRES + "&period=" + Totp.PAS.toSeconds();
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof SecretTotp secret && Arrays.equals(octets, secret.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    /** Never the secret itself, so that it cannot reach a log. */
    @Override
    public String toString() {
        return "SecretTotp[" + octets.length + " octets]";
    }
}
