package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each Argon2 computation costs tens of milliseconds: the tests share one hasher and one hash. */
class Argon2PasswordHasherTest {

    private static final String PHC_OWASP = "$argon2id$v=19$m=19456,t=2,p=1$";
    private static final char[] MOT_DE_PASSE = "Cheval-Batterie-Agrafe-Correct-42".toCharArray();

    private static Argon2PasswordHasher hasher;
    private static String empreinte;

    @BeforeAll
    static void unHashUneFois() {
        hasher = new Argon2PasswordHasher();
        empreinte = hasher.hacher(MOT_DE_PASSE);
    }

    @Test
    void a_password_matches_its_own_hash() {
        assertTrue(hasher.correspond("Cheval-Batterie-Agrafe-Correct-42".toCharArray(), empreinte));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cheval-Batterie-Agrafe-Correct-43", "cheval-batterie-agrafe-correct-42",
        "Cheval-Batterie-Agrafe-Correct-4", "Cheval-Batterie-Agrafe-Correct-42 ", ""})
    void another_password_does_not_match_even_one_character_or_case_away(String autre) {
        assertFalse(hasher.correspond(autre.toCharArray(), empreinte));
    }

    @Test
    void the_hash_is_a_salted_argon2id_phc_string_with_the_owasp_parameters() {
        assertTrue(empreinte.startsWith(PHC_OWASP), empreinte);
        assertTrue(empreinte.substring(PHC_OWASP.length()).matches("[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), empreinte);
        assertNotEquals(empreinte, hasher.hacher(MOT_DE_PASSE), "a new salt each time");
    }

    @Test
    void hashing_and_verifying_leave_the_callers_array_for_the_caller_to_wipe() {
        char[] motDePasse = "Cheval-Batterie-Agrafe-Correct-42".toCharArray();

        hasher.hacher(motDePasse);
        hasher.correspond(motDePasse, empreinte);
        hasher.simulerVerification(motDePasse);

        assertArrayEquals("Cheval-Batterie-Agrafe-Correct-42".toCharArray(), motDePasse);
    }

    @Test
    void a_hash_made_today_needs_no_rehash() {
        assertFalse(hasher.doitEtreRehache(empreinte));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$argon2id$v=19$m=65536,t=2,p=1$",
        "$argon2id$v=19$m=19456,t=3,p=1$",
        "$argon2id$v=19$m=19456,t=2,p=2$",
        "$argon2id$v=16$m=19456,t=2,p=1$",
        "$argon2i$v=19$m=19456,t=2,p=1$",
        "$argon2d$v=19$m=19456,t=2,p=1$"})
    void a_hash_made_with_other_parameters_or_another_algorithm_needs_rehash(String entete) {
        String autre = entete + empreinte.substring(PHC_OWASP.length());

        assertTrue(hasher.doitEtreRehache(autre), autre);
    }

    @Test
    void a_hash_with_a_shorter_salt_needs_rehash() {
        String selCourt = PHC_OWASP + "c2FsdHNhbHQ$" + empreinte.substring(empreinte.lastIndexOf('$') + 1);

        assertTrue(hasher.doitEtreRehache(selCourt));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not a hash", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA",
        "$argon2id$v=19$m=19456,t=2$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", "$argon2id$v=19$m=abc,t=2,p=1$c2FsdA$aGFzaA",
        "$argon2id$v=19$m=-1,t=2,p=1$c2FsdA$aGFzaA", "$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdA$aGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=1$sel!$aGFzaA", "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"})
    void a_malformed_hash_matches_nothing_and_needs_rehash(String malforme) {
        assertFalse(hasher.correspond(MOT_DE_PASSE, malforme));
        assertTrue(hasher.doitEtreRehache(malforme));
    }

    @Test
    void a_well_formed_hash_whose_bytes_were_altered_matches_nothing() {
        // Well inside the hash: the last base64 character also carries padding bits.
        int position = empreinte.length() - 10;
        char remplacant = empreinte.charAt(position) == 'A' ? 'B' : 'A';
        String altere = empreinte.substring(0, position) + remplacant + empreinte.substring(position + 1);

        assertFalse(hasher.correspond(MOT_DE_PASSE, altere));
    }

    @Test
    void a_hash_asking_for_an_absurd_memory_cost_is_not_computed() {
        Argon2Observe observe = new Argon2Observe();
        Argon2PasswordHasher observeur = new Argon2PasswordHasher(observe.proxy(), 2);
        String absurde = empreinte.replace("m=19456", "m=4194304");

        assertFalse(observeur.correspond(MOT_DE_PASSE, absurde));
        assertEquals(0, observe.verifications.get());
    }

    @Test
    void simulating_a_verification_computes_one_argon2_verification_against_a_hash_made_at_construction() {
        Argon2Observe observe = new Argon2Observe();
        Argon2PasswordHasher observeur = new Argon2PasswordHasher(observe.proxy(), 2);
        assertEquals(1, observe.hachages.get(), "the dummy hash is made once, at construction");

        observeur.simulerVerification(MOT_DE_PASSE);
        observeur.simulerVerification(MOT_DE_PASSE);

        assertEquals(2, observe.verifications.get());
        assertEquals(1, observe.hachages.get());
    }

    @Test
    void no_more_computations_than_the_bound_run_at_once_and_the_others_wait_their_turn() throws Exception {
        Argon2Observe observe = new Argon2Observe();
        Argon2PasswordHasher borne = new Argon2PasswordHasher(observe.proxy(), 2);
        observe.retenir();
        ConcurrentLinkedQueue<Boolean> resultats = new ConcurrentLinkedQueue<>();
        List<Thread> appelants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean hache = i % 2 == 0;
            appelants.add(new Thread(() -> resultats.add(hache
                    ? borne.correspond(MOT_DE_PASSE, borne.hacher(MOT_DE_PASSE))
                    : borne.correspond(MOT_DE_PASSE, empreinte))));
        }
        appelants.forEach(Thread::start);

        // Every caller is now parked: either inside the library (held at the gate) or queued for a permit.
        attendreQueTousAttendent(appelants);
        assertEquals(2, observe.enCours.get(), "inside the library");
        assertEquals(2, observe.maximum.get());

        observe.relacher();
        for (Thread appelant : appelants) {
            appelant.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(List.of(true, true, true, true, true, true), List.copyOf(resultats));
        assertEquals(2, observe.maximum.get());
    }

    private static void attendreQueTousAttendent(List<Thread> appelants) throws InterruptedException {
        long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!appelants.stream().allMatch(appelant -> appelant.getState() == Thread.State.WAITING)) {
            if (System.nanoTime() > limite) {
                fail("the callers never all waited: " + appelants.stream().map(Thread::getState).toList());
            }
            Thread.sleep(5);
        }
    }

    /**
     * The real library behind a proxy that counts the hashes and verifications reaching it, how many run at once,
     * and once {@link #retenir()} is called, holds each of them at a gate until {@link #relacher()}.
     */
    private static final class Argon2Observe {

        private static final Set<String> CALCULS = Set.of("hash", "verify");

        private final Argon2 reel = Argon2Factory.create(Argon2Types.ARGON2id);
        final AtomicInteger hachages = new AtomicInteger();
        final AtomicInteger verifications = new AtomicInteger();
        final AtomicInteger enCours = new AtomicInteger();
        final AtomicInteger maximum = new AtomicInteger();
        private volatile CountDownLatch porte = new CountDownLatch(0);

        Argon2 proxy() {
            return (Argon2) Proxy.newProxyInstance(Argon2.class.getClassLoader(), new Class<?>[] {Argon2.class},
                    (proxy, methode, arguments) -> {
                        if (!CALCULS.contains(methode.getName())) {
                            return invoquer(methode, arguments);
                        }
                        (methode.getName().equals("hash") ? hachages : verifications).incrementAndGet();
                        maximum.accumulateAndGet(enCours.incrementAndGet(), Math::max);
                        try {
                            porte.await();
                            return invoquer(methode, arguments);
                        } finally {
                            enCours.decrementAndGet();
                        }
                    });
        }

        void retenir() {
            porte = new CountDownLatch(1);
        }

        void relacher() {
            porte.countDown();
        }

        private Object invoquer(java.lang.reflect.Method methode, Object[] arguments) throws Throwable {
            try {
                return methode.invoke(reel, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
