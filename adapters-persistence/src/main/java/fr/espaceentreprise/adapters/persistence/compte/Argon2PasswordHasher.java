package fr.espaceentreprise.adapters.persistence.compte;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import fr.espaceentreprise.application.compte.PasswordHasher;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * {@link PasswordHasher} with Argon2id at OWASP's parameters (m=19456 KiB, t=2, p=1), through argon2-jvm's
 * {@code char[]} API: the password never becomes a {@code String}, and the caller's array is left for the caller
 * to wipe.
 *
 * <p>Each computation holds ~19 MiB of native memory, so at most {@code calculsSimultanesMax} run at once; the
 * others wait their turn in arrival order. A flood of logins then costs latency, not the server's memory.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    static final int MEMOIRE_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISME = 1;
    static final int CALCULS_SIMULTANES_PAR_DEFAUT = 2;

    private final Argon2 argon2;
    private final Semaphore calculs;
    private final String empreinteFictive;

    public Argon2PasswordHasher() {
        this(CALCULS_SIMULTANES_PAR_DEFAUT);
    }

    public Argon2PasswordHasher(int calculsSimultanesMax) {
        this(Argon2Factory.create(Argon2Types.ARGON2id), calculsSimultanesMax);
    }

    /** With the library given, so that a test can watch the calls that reach it. */
    Argon2PasswordHasher(Argon2 argon2, int calculsSimultanesMax) {
        if (calculsSimultanesMax < 1) {
            throw new IllegalArgumentException("calculsSimultanesMax doit être au moins 1: " + calculsSimultanesMax);
        }
        this.argon2 = argon2;
        this.calculs = new Semaphore(calculsSimultanesMax, true);
        this.empreinteFictive = empreinteDUnMotDePasseAleatoire();
    }

    @Override
    public String hacher(char[] motDePasse) {
        return avecUnCalcul(() -> argon2.hash(ITERATIONS, MEMOIRE_KIB, PARALLELISME, motDePasse));
    }

    @Override
    public boolean correspond(char[] motDePasse, String empreinte) {
        // Checked before the native call: a corrupted row must neither throw nor make us allocate its memory cost.
        if (ParametresArgon2.lire(empreinte).filter(ParametresArgon2::estVerifiable).isEmpty()) {
            return false;
        }
        return verifier(empreinte, motDePasse);
    }

    @Override
    public boolean doitEtreRehache(String empreinte) {
        return ParametresArgon2.lire(empreinte).map(parametres -> !parametres.sontCeuxDAujourdhui()).orElse(true);
    }

    @Override
    public void simulerVerification(char[] motDePasse) {
        verifier(empreinteFictive, motDePasse);
    }

    private boolean verifier(String empreinte, char[] motDePasse) {
        return avecUnCalcul(() -> {
            try {
                return argon2.verify(empreinte, motDePasse);
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private <T> T avecUnCalcul(Supplier<T> calcul) {
        try {
            calculs.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrompu en attendant un calcul Argon2", e);
        }
        try {
            return calcul.get();
        } finally {
            calculs.release();
        }
    }

    private String empreinteDUnMotDePasseAleatoire() {
        SecureRandom aleatoire = new SecureRandom();
        char[] motDePasse = new char[24];
        for (int i = 0; i < motDePasse.length; i++) {
            motDePasse[i] = (char) ('!' + aleatoire.nextInt('~' - '!' + 1));
        }
        try {
            return hacher(motDePasse);
        } finally {
            Arrays.fill(motDePasse, '\0');
        }
    }

    /**
     * The parameters written in a PHC string {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (salt and
     * hash in base64 without padding).
     */
    record ParametresArgon2(String algorithme, int version, int memoireKib, int iterations, int parallelisme,
                            int longueurSel, int longueurEmpreinte) {

        /** Base64 lengths, without padding, of the 16-byte salt and 32-byte hash argon2-jvm writes by default. */
        private static final int LONGUEUR_SEL = 22;
        private static final int LONGUEUR_EMPREINTE = 43;
        /** Beyond these, a stored hash is taken for corrupted rather than computed (1 GiB of memory). */
        private static final int MEMOIRE_KIB_MAX = 1 << 20;
        private static final int ITERATIONS_MAX = 16;
        private static final int PARALLELISME_MAX = 16;

        static Optional<ParametresArgon2> lire(String empreinte) {
            if (empreinte == null) {
                return Optional.empty();
            }
            String[] parties = empreinte.split("\\$", -1);
            if (parties.length != 6 || !parties[0].isEmpty() || !parties[2].startsWith("v=")) {
                return Optional.empty();
            }
            String[] couts = parties[3].split(",", -1);
            if (couts.length != 3 || !couts[0].startsWith("m=") || !couts[1].startsWith("t=")
                    || !couts[2].startsWith("p=") || !estBase64(parties[4]) || !estBase64(parties[5])) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ParametresArgon2(parties[1], entier(parties[2]), entier(couts[0]),
                        entier(couts[1]), entier(couts[2]), parties[4].length(), parties[5].length()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean sontCeuxDAujourdhui() {
            return algorithme.equals("argon2id") && version == 0x13 && memoireKib == MEMOIRE_KIB
                    && iterations == ITERATIONS && parallelisme == PARALLELISME
                    && longueurSel == LONGUEUR_SEL && longueurEmpreinte == LONGUEUR_EMPREINTE;
        }

        boolean estVerifiable() {
            return algorithme.equals("argon2id") && memoireKib <= MEMOIRE_KIB_MAX && iterations <= ITERATIONS_MAX
                    && parallelisme <= PARALLELISME_MAX && longueurSel > 0 && longueurEmpreinte > 0;
        }

        /** The number after "x=", digits only. */
        private static int entier(String cleValeur) {
            String valeur = cleValeur.substring(2);
            if (valeur.isEmpty() || !valeur.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException(cleValeur);
            }
            return Integer.parseInt(valeur);
        }

        private static boolean estBase64(String texte) {
            return texte.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9') || c == '+' || c == '/');
        }
    }
}
