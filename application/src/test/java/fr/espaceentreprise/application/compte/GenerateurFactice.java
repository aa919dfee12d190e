package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.salarie.CodeVerification;

/** Predictable secrets: tokens "jeton-1", "jeton-2"…, temporary passwords and codes set by the test. */
public final class GenerateurFactice implements GenerateurSecrets {

    private int jetons;
    private String motDePasseProvisoire = "Provisoire-2026-abcd";
    private String code = "042917";
    private char[] dernierMotDePasseProvisoire;

    public void prochainMotDePasseProvisoire(String motDePasse) {
        this.motDePasseProvisoire = motDePasse;
    }

    public void prochainCode(String code) {
        this.code = code;
    }

    /** The last array handed out, to check it was wiped. */
    public char[] dernierMotDePasseProvisoire() {
        return dernierMotDePasseProvisoire;
    }

    @Override
    public String jeton() {
        jetons++;
        return "jeton-" + jetons;
    }

    @Override
    public char[] motDePasseProvisoire() {
        dernierMotDePasseProvisoire = motDePasseProvisoire.toCharArray();
        return dernierMotDePasseProvisoire;
    }

    @Override
    public String codeNumerique(int chiffres) {
        if (code.length() != chiffres) {
            throw new IllegalArgumentException("code de " + chiffres + " chiffres attendu");
        }
        return code;
    }

    private int codesVerification;

    /** Codes in sequence, distinct and recognisable: 00000000000000000001, …02… */
    @Override
    public CodeVerification codeVerification() {
        codesVerification++;
        return new CodeVerification(String.format("%020d", codesVerification));
    }

    /** The demo's well-known secret unless a test sets another: tests compute its codes with {@link Totp}. */
    public static final SecretTotp SECRET_TOTP = SecretTotp.depuisBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

    private SecretTotp secretTotp = SECRET_TOTP;
    private int codesDeSecours;

    public void prochainSecretTotp(SecretTotp secret) {
        this.secretTotp = secret;
    }

    @Override
    public SecretTotp secretTotp() {
        return secretTotp;
    }

    /** Codes in sequence, distinct and recognisable: SECO-URSA-AAAA-0001, …0002… */
    @Override
    public String codeDeSecours() {
        codesDeSecours++;
        return String.format("SECO-URSA-AAAA-%04d", codesDeSecours);
    }
}
