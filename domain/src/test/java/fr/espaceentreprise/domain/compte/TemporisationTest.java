package fr.espaceentreprise.domain.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporisationTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** {@code n} failures one second apart starting at T0, on a fresh state. */
    private static Temporisation echecs(int n) {
        Temporisation temporisation = Temporisation.AUCUNE;
        for (int i = 0; i < n; i++) {
            temporisation = temporisation.apresEchec(T0.plusSeconds(i));
        }
        return temporisation;
    }

    private static Instant dernier(Temporisation temporisation) {
        return temporisation.dernierEchec().orElseThrow();
    }

    @Test
    void a_fresh_account_may_always_try() {
        assertEquals(Optional.empty(), Temporisation.AUCUNE.prochainEssaiAutorise(T0));
    }

    @ParameterizedTest(name = "after {0} failures")
    @CsvSource({"1", "2", "3", "4"})
    void the_first_four_consecutive_failures_cost_no_wait(int n) {
        Temporisation temporisation = echecs(n);
        assertEquals(Optional.empty(), temporisation.prochainEssaiAutorise(dernier(temporisation)));
    }

    @ParameterizedTest(name = "after the failure number {0}, wait {1} minutes")
    @CsvSource({"5, 1", "6, 2", "7, 4", "8, 8", "9, 16", "10, 32", "15, 1024"})
    void from_the_fifth_consecutive_failure_the_wait_doubles_each_time(int n, long minutes) {
        Temporisation temporisation = echecs(n);
        Instant finDePause = dernier(temporisation).plus(Duration.ofMinutes(minutes));

        assertEquals(Optional.of(finDePause),
                temporisation.prochainEssaiAutorise(finDePause.minusMillis(1)), "one millisecond before");
        assertEquals(Optional.empty(), temporisation.prochainEssaiAutorise(finDePause), "at the end of the pause");
    }

    @Test
    void the_sixth_failure_is_only_possible_after_one_minute_and_then_calls_for_two() {
        Temporisation cinq = echecs(5);
        Instant cinquieme = dernier(cinq);
        assertEquals(Optional.of(cinquieme.plusSeconds(60)), cinq.prochainEssaiAutorise(cinquieme.plusSeconds(59)));

        Temporisation six = cinq.apresEchec(cinquieme.plusSeconds(60));
        assertEquals(Optional.of(cinquieme.plusSeconds(60 + 120)),
                six.prochainEssaiAutorise(cinquieme.plusSeconds(61)));

        Temporisation sept = six.apresEchec(cinquieme.plusSeconds(180));
        assertEquals(Optional.of(cinquieme.plusSeconds(180 + 240)),
                sept.prochainEssaiAutorise(cinquieme.plusSeconds(181)));
    }

    @Test
    void the_pause_stops_growing_at_one_day() {
        assertEquals(Optional.of(Duration.ofMinutes(1024)), echecs(15).pause());
        assertEquals(Optional.of(Duration.ofHours(24)), echecs(16).pause());
        assertEquals(Optional.of(Duration.ofHours(24)), echecs(40).pause());
        assertEquals(Optional.of(Duration.ofHours(24)), new Temporisation(Integer.MAX_VALUE, List.of(T0)).pause());
    }

    @Test
    void a_success_resets_the_consecutive_failures() {
        Temporisation apresSucces = echecs(7).apresSucces();

        assertEquals(0, apresSucces.echecsConsecutifs());
        assertEquals(Optional.empty(), apresSucces.prochainEssaiAutorise(T0.plusSeconds(7)));
        Temporisation quatreDePlus = apresSucces;
        for (int i = 0; i < 4; i++) {
            quatreDePlus = quatreDePlus.apresEchec(T0.plusSeconds(10 + i));
        }
        assertEquals(Optional.empty(), quatreDePlus.prochainEssaiAutorise(T0.plusSeconds(14)),
                "four failures after a success are still free");
    }

    /** 25 failures in groups of four, each group followed by a success, so no pause ever applies. */
    private static Temporisation vingtCinqEchecsSansPause() {
        Temporisation temporisation = Temporisation.AUCUNE;
        for (int i = 0; i < 25; i++) {
            temporisation = temporisation.apresEchec(T0.plus(Duration.ofMinutes(10L * i)));
            if (i % 4 == 3) {
                temporisation = temporisation.apresSucces();
            }
        }
        return temporisation;
    }

    @Test
    void twenty_four_failures_in_a_day_leave_the_account_open_when_successes_came_between() {
        Temporisation temporisation = Temporisation.AUCUNE;
        for (int i = 0; i < 24; i++) {
            temporisation = temporisation.apresEchec(T0.plus(Duration.ofMinutes(10L * i)));
            if (i % 4 == 3) {
                temporisation = temporisation.apresSucces();
            }
        }
        assertEquals(Optional.empty(), temporisation.prochainEssaiAutorise(T0.plus(Duration.ofMinutes(231))));
    }

    @Test
    void the_twenty_fifth_failure_in_24_hours_closes_the_account_until_the_oldest_is_24_hours_old() {
        Temporisation temporisation = vingtCinqEchecsSansPause();
        Instant premier = T0;
        Instant sortie = premier.plus(Duration.ofHours(24));

        assertEquals(1, temporisation.echecsConsecutifs(), "no pause involved");
        assertEquals(Optional.of(sortie), temporisation.prochainEssaiAutorise(T0.plus(Duration.ofMinutes(241))));
        assertEquals(Optional.of(sortie), temporisation.prochainEssaiAutorise(sortie.minusMillis(1)));
        assertEquals(Optional.empty(), temporisation.prochainEssaiAutorise(sortie));
    }

    @Test
    void the_24_hour_window_slides_one_failure_at_a_time() {
        Instant sortieDuPremier = T0.plus(Duration.ofHours(24));
        Temporisation temporisation = vingtCinqEchecsSansPause().apresEchec(sortieDuPremier);

        Instant sortieDuDeuxieme = T0.plus(Duration.ofMinutes(10)).plus(Duration.ofHours(24));
        assertEquals(Optional.of(sortieDuDeuxieme), temporisation.prochainEssaiAutorise(sortieDuPremier));
        assertEquals(Optional.empty(), temporisation.prochainEssaiAutorise(sortieDuDeuxieme));
    }

    @Test
    void the_later_of_the_pause_and_the_daily_cap_applies() {
        Temporisation temporisation = vingtCinqEchecsSansPause();
        Instant lendemain = T0.plus(Duration.ofHours(24));
        for (int i = 0; i < 4; i++) {
            temporisation = temporisation.apresEchec(lendemain.plusSeconds(i));
        }
        Instant dernier = dernier(temporisation);

        assertEquals(5, temporisation.echecsConsecutifs(), "a one-minute pause applies");
        // 28 failures in the window ending now: the 4th oldest (T0 + 40 min) must leave it, after the pause ends
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(40)).plus(Duration.ofHours(24))),
                temporisation.prochainEssaiAutorise(dernier));
    }

    @Test
    void keeps_only_the_failures_that_can_still_matter() {
        Temporisation temporisation = Temporisation.AUCUNE;
        for (int i = 0; i < 40; i++) {
            temporisation = temporisation.apresEchec(T0.plus(Duration.ofMinutes(i)));
        }
        temporisation = temporisation.apresEchec(T0.plus(Duration.ofDays(2)));

        assertEquals(41, temporisation.echecsConsecutifs());
        assertEquals(List.of(T0.plus(Duration.ofDays(2))), temporisation.echecsRecents());
    }

    @Test
    void keeps_at_most_the_25_most_recent_failures() {
        Temporisation temporisation = Temporisation.AUCUNE;
        for (int i = 0; i < 30; i++) {
            temporisation = temporisation.apresEchec(T0.plusSeconds(i));
        }
        assertEquals(25, temporisation.echecsRecents().size());
        assertEquals(T0.plusSeconds(5), temporisation.echecsRecents().get(0));
    }
}
