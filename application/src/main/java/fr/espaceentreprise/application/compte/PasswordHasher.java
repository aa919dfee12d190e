package fr.espaceentreprise.application.compte;

/**
 * One-way hashing of passwords (Argon2id PHC strings). Callers own the {@code char[]} and wipe it after the
 * call; implementations never copy it into a {@code String}. Hashing costs memory: implementations bound how
 * many run at once, so a flood of logins queues instead of exhausting the server.
 */
public interface PasswordHasher {

    /** The PHC string of {@code motDePasse}, salted. */
    String hacher(char[] motDePasse);

    /** Whether {@code motDePasse} matches {@code empreinte}; false for a malformed empreinte. */
    boolean correspond(char[] motDePasse, String empreinte);

    /** Whether {@code empreinte} was made with other parameters than today's and should be rehashed at login. */
    boolean doitEtreRehache(String empreinte);

    /**
     * Burns the time of one verification without any stored hash, so that a login with an unknown numéro
     * d'adhérent takes as long as one with a wrong password.
     */
    void simulerVerification(char[] motDePasse);
}
