package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.io.ByteArrayOutputStream;

/** RFC 4648 base 32 without padding: how authenticator apps write a TOTP secret. */
final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    static String encoder(byte[] octets) {
        StringBuilder texte = new StringBuilder();
        int tampon = 0;
        int bits = 0;
        for (byte octet : octets) {
            tampon = (tampon << 8) | (octet & 0xff);
            bits += 8;
            while (bits >= 5) {
                texte.append(ALPHABET.charAt((tampon >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            texte.append(ALPHABET.charAt((tampon << (5 - bits)) & 0x1f));
        }
        return texte.toString();
    }

    /** White space, dashes, padding and case ignored, as people copy it; anything else → {@code code}. */
    static byte[] decoder(String texte, String code) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        int tampon = 0;
        int bits = 0;
        for (char c : texte.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '=') {
                continue;
            }
            int valeur = c < 128 ? ALPHABET.indexOf(Character.toUpperCase(c)) : -1;
            if (valeur < 0) {
                throw new ValeurInvalideException(code, "secret");
            }
            tampon = (tampon << 5) | valeur;
            bits += 5;
            if (bits >= 8) {
                octets.write((tampon >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return octets.toByteArray();
    }
}
