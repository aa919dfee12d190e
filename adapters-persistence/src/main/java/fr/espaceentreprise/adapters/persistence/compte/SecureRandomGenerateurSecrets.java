package fr.espaceentreprise.adapters.persistence.compte;

import fr.espaceentreprise.domain.salarie.CodeVerification;
import fr.espaceentreprise.application.compte.GenerateurSecrets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** {@link GenerateurSecrets} over one {@link SecureRandom} (thread-safe, seeded by the operating system). */
public final class SecureRandomGenerateurSecrets implements GenerateurSecrets {

    static final int OCTETS_PAR_JETON = 32;
    static final int LONGUEUR_MOT_DE_PASSE_PROVISOIRE = 16;
    /** Letters and digits without 0/O/o, 1/l/I: 56 symbols, so 16 of them carry about 93 bits. */
    static final String ALPHABET_MOT_DE_PASSE_PROVISOIRE =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    /** A numeric code longer than this is no longer something a person types. */
    static final int CHIFFRES_MAX = 18;

    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom aleatoire = new SecureRandom();

    @Override
    public String jeton() {
        byte[] octets = new byte[OCTETS_PAR_JETON];
        aleatoire.nextBytes(octets);
        try {
            return BASE64_URL.encodeToString(octets);
        } finally {
            Arrays.fill(octets, (byte) 0);
        }
    }

    @Override
    public char[] motDePasseProvisoire() {
        char[] motDePasse = new char[LONGUEUR_MOT_DE_PASSE_PROVISOIRE];
        for (int i = 0; i < motDePasse.length; i++) {
            motDePasse[i] = ALPHABET_MOT_DE_PASSE_PROVISOIRE.charAt(
                    aleatoire.nextInt(ALPHABET_MOT_DE_PASSE_PROVISOIRE.length()));
        }
        return motDePasse;
    }

    @Override
    public String codeNumerique(int chiffres) {
        if (chiffres < 1 || chiffres > CHIFFRES_MAX) {
            throw new IllegalArgumentException("un code a de 1 à " + CHIFFRES_MAX + " chiffres: " + chiffres);
        }
        char[] code = new char[chiffres];
        for (int i = 0; i < chiffres; i++) {
            code[i] = (char) ('0' + aleatoire.nextInt(10));
        }
        return new String(code);
    }

    @Override
    public CodeVerification codeVerification() {
        char[] code = new char[CodeVerification.LONGUEUR];
        for (int i = 0; i < code.length; i++) {
            code[i] = CodeVerification.ALPHABET.charAt(aleatoire.nextInt(CodeVerification.ALPHABET.length()));
        }
        return new CodeVerification(new String(code));
    }
}
