package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LimiteurDeDebit}: a sliding window of accepted attempts per key. */
public abstract class LimiteurDeDebitContract extends PortContract {

    private static final String CLE = "connexion:ip:203.0.113.7";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Outside any transaction, as the use cases call it: before their own. */
    private Optional<Duration> consommer(String cle, int limite, Instant maintenant) {
        return stockage().limiteur().consommer(cle, limite, MINUTE, maintenant);
    }

    @Test
    void accepts_attempts_up_to_the_limit_then_says_how_long_to_wait() {
        assertEquals(Optional.empty(), consommer(CLE, 3, T0));
        assertEquals(Optional.empty(), consommer(CLE, 3, T0.plusSeconds(1)));
        assertEquals(Optional.empty(), consommer(CLE, 3, T0.plusSeconds(2)));

        // The oldest attempt (T0) leaves the window at T0 + 60 s.
        assertEquals(Optional.of(Duration.ofSeconds(57)), consommer(CLE, 3, T0.plusSeconds(3)));
        assertEquals(Optional.of(Duration.ofSeconds(30)), consommer(CLE, 3, T0.plusSeconds(30)));
    }

    @Test
    void the_window_slides_one_attempt_at_a_time_and_refused_attempts_do_not_count() {
        consommer(CLE, 3, T0);
        consommer(CLE, 3, T0.plusSeconds(10));
        consommer(CLE, 3, T0.plusSeconds(20));
        for (int seconde = 21; seconde < 60; seconde++) {
            consommer(CLE, 3, T0.plusSeconds(seconde));
        }

        assertEquals(Optional.empty(), consommer(CLE, 3, T0.plusSeconds(60)),
                "T0 has left the window, and the 39 refusals were not counted");
        assertEquals(Optional.of(Duration.ofMillis(9_500)), consommer(CLE, 3, T0.plusMillis(60_500)),
                "T0 + 10 s is now the oldest");
        assertEquals(Optional.empty(), consommer(CLE, 3, T0.plusSeconds(70)));
    }

    @Test
    void keys_are_counted_apart() {
        consommer(CLE, 1, T0);

        assertEquals(Optional.of(MINUTE), consommer(CLE, 1, T0));
        assertEquals(Optional.empty(), consommer("connexion:ip:203.0.113.8", 1, T0));
        assertEquals(Optional.empty(), consommer("inscription:ip:203.0.113.7", 1, T0));
    }

    @Test
    void with_more_attempts_counted_than_a_lowered_limit_it_waits_until_enough_have_left() {
        for (int i = 0; i < 5; i++) {
            consommer(CLE, 5, T0.plusSeconds(i));
        }

        // Limit now 2: the attempts of T0 to T0 + 3 s must all leave before another may pass, at T0 + 63 s.
        assertEquals(Optional.of(Duration.ofSeconds(53)), consommer(CLE, 2, T0.plusSeconds(10)));
    }
}
