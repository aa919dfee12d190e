package fr.espaceentreprise.adapters.persistence.compte;

import fr.espaceentreprise.application.compte.GenerateurSecrets;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;

/** {@link GenerateurSecrets} over one {@link SecureRandom} (thread-safe, seeded by the operating system). */
public final class SecureRandomGenerateurSecrets implements GenerateurSecrets {

    static final int OCTETS_PAR_JETON = 32;
    static final int LONGUEUR_MOT_DE_PASSE_PROVISOIRE = 16;
    /** Letters and digits without 0/O/o, 1/l/I: 56 symbols, so 16 of them carry about 93 bits. */
    static final String ALPHABET_MOT_DE_PASSE_PROVISOIRE =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    /**
     * Digits and capitals without 0/O, 1/I: 32 symbols, 5 bits each, so the 16 of a recovery code carry 80 bits. A
     * code is typed back in any case, with or without its dashes.
     */
    static final String ALPHABET_CODE_DE_SECOURS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int GROUPES_CODE_DE_SECOURS = 4;
    static final int LONGUEUR_GROUPE = 4;
    /** A numeric code longer than this is no longer something a person types. */
    static final int CHIFFRES_MAX = 18;

    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom aleatoire = new SecureRandom();

    @Override
    public String jeton() {
        return avecOctets(OCTETS_PAR_JETON, BASE64_URL::encodeToString);
    }

    @Override
    public char[] motDePasseProvisoire() {
        return tirer(ALPHABET_MOT_DE_PASSE_PROVISOIRE, LONGUEUR_MOT_DE_PASSE_PROVISOIRE);
    }

    @Override
    public String codeNumerique(int chiffres) {
        if (chiffres < 1 || chiffres > CHIFFRES_MAX) {
            throw new IllegalArgumentException("un code a de 1 à " + CHIFFRES_MAX + " chiffres: " + chiffres);
        }
        return new String(tirer("0123456789", chiffres));
    }

    @Override
    public SecretTotp secretTotp() {
        return avecOctets(SecretTotp.OCTETS, SecretTotp::de);
    }

    /** Four groups of four joined by dashes, e.g. {@code 7KQM-X3HD-WP9T-R2NA}. */
    @Override
    public String codeDeSecours() {
        StringBuilder code = new StringBuilder();
        for (int groupe = 0; groupe < GROUPES_CODE_DE_SECOURS; groupe++) {
            code.append(groupe == 0 ? "" : "-").append(tirer(ALPHABET_CODE_DE_SECOURS, LONGUEUR_GROUPE));
        }
        return code.toString();
    }

    @Override
    public CodeVerification codeVerification() {
        return new CodeVerification(new String(tirer(CodeVerification.ALPHABET, CodeVerification.LONGUEUR)));
    }

    /** What {@code usage} makes of {@code nombre} random bytes, which are wiped afterwards. */
    private <T> T avecOctets(int nombre, Function<byte[], T> usage) {
        byte[] octets = new byte[nombre];
        aleatoire.nextBytes(octets);
        try {
            return usage.apply(octets);
        } finally {
            Arrays.fill(octets, (byte) 0);
        }
    }

    private char[] tirer(String alphabet, int longueur) {
        char[] tirage = new char[longueur];
        for (int i = 0; i < longueur; i++) {
            tirage[i] = alphabet.charAt(aleatoire.nextInt(alphabet.length()));
        }
        return tirage;
    }
}
