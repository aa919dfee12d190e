package fr.espaceentreprise.application.compte;

/**
 * A transparent "hash" ("v2$" + the password) that counts every verification, real or simulated, so tests can
 * check that an unknown account costs the same work as a wrong password. "v1$…" hashes call for a rehash.
 */
public final class HacheurFactice implements PasswordHasher {

    public static final String VERSION_COURANTE = "v2$";
    public static final String VERSION_ANCIENNE = "v1$";

    private int verifications;
    private int hachages;

    public static String empreinteDe(String motDePasse) {
        return VERSION_COURANTE + motDePasse;
    }

    @Override
    public String hacher(char[] motDePasse) {
        hachages++;
        return VERSION_COURANTE + new String(motDePasse);
    }

    @Override
    public boolean correspond(char[] motDePasse, String empreinte) {
        verifications++;
        String clair = new String(motDePasse);
        return empreinte.equals(VERSION_COURANTE + clair) || empreinte.equals(VERSION_ANCIENNE + clair);
    }

    @Override
    public boolean doitEtreRehache(String empreinte) {
        return !empreinte.startsWith(VERSION_COURANTE);
    }

    @Override
    public void simulerVerification(char[] motDePasse) {
        verifications++;
    }

    /** Verifications made so far, simulated ones included. */
    public int verifications() {
        return verifications;
    }

    public int hachages() {
        return hachages;
    }
}
