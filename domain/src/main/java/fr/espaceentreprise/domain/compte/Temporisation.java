package fr.espaceentreprise.domain.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Throttling of login attempts on one account (CNIL délibération 2022-100, case 2). Immutable: each failure or
 * success gives a new state.
 *
 * <ul>
 *   <li>The first {@value #ECHECS_TOLERES} consecutive failures cost nothing.</li>
 *   <li>After the n-th consecutive failure (n ≥ 5), the next attempt waits 2^(n−5) minutes after that failure:
 *       1 min after the 5th, 2 after the 6th, 4 after the 7th… The pause stops growing at {@link #PAUSE_MAX}
 *       (reached after the 16th), so an account is never shut for more than a day after its last failure.</li>
 *   <li>Whatever the successes in between, no more than {@value #ECHECS_MAX_PAR_FENETRE} failures in any sliding
 *       window of 24 hours: with 25 failures in (t − 24 h, t], no attempt before the oldest of them is 24 h old.</li>
 *   <li>A success resets the consecutive count, not the 24-hour window.</li>
 * </ul>
 * An attempt refused because of the throttling is not a failure: it changes nothing.
 *
 * @param echecsConsecutifs failures since the last success
 * @param echecsRecents     the instants of the most recent failures, oldest first: at most
 *                          {@value #ECHECS_MAX_PAR_FENETRE}, none older than 24 h before the newest
 */
public record Temporisation(int echecsConsecutifs, List<Instant> echecsRecents) {

    public static final int ECHECS_TOLERES = 5;
    public static final int ECHECS_MAX_PAR_FENETRE = 25;
    public static final Duration FENETRE = Duration.ofHours(24);
    public static final Duration PREMIERE_PAUSE = Duration.ofMinutes(1);
    public static final Duration PAUSE_MAX = Duration.ofHours(24);

    public static final Temporisation AUCUNE = new Temporisation(0, List.of());

    public Temporisation {
        if (echecsConsecutifs < 0) {
            throw new IllegalArgumentException("echecsConsecutifs < 0");
        }
        List<Instant> tries = new ArrayList<>(echecsRecents);
        tries.forEach(instant -> Objects.requireNonNull(instant, "echecsRecents"));
        tries.sort(null);
        echecsRecents = List.copyOf(tries);
    }

    /** Empty when an attempt may be made at {@code maintenant}; otherwise the first instant it may be made. */
    public Optional<Instant> prochainEssaiAutorise(Instant maintenant) {
        Objects.requireNonNull(maintenant, "maintenant");
        Instant autorise = maintenant;
        Optional<Instant> finDePause = pause().flatMap(pause -> dernierEchec().map(dernier -> dernier.plus(pause)));
        if (finDePause.isPresent() && finDePause.get().isAfter(autorise)) {
            autorise = finDePause.get();
        }
        List<Instant> dansLaFenetre = echecsRecents.stream()
                .filter(echec -> echec.isAfter(maintenant.minus(FENETRE)))
                .toList();
        if (dansLaFenetre.size() >= ECHECS_MAX_PAR_FENETRE) {
            // The window holds fewer than the cap once enough of its oldest failures have left it.
            Instant sortie = dansLaFenetre.get(dansLaFenetre.size() - ECHECS_MAX_PAR_FENETRE).plus(FENETRE);
            if (sortie.isAfter(autorise)) {
                autorise = sortie;
            }
        }
        return autorise.equals(maintenant) ? Optional.empty() : Optional.of(autorise);
    }

    /** The pause imposed after the last failure, when the consecutive failures call for one. */
    public Optional<Duration> pause() {
        if (echecsConsecutifs < ECHECS_TOLERES) {
            return Optional.empty();
        }
        int doublements = echecsConsecutifs - ECHECS_TOLERES;
        if (doublements >= 20) {
            return Optional.of(PAUSE_MAX);
        }
        Duration pause = PREMIERE_PAUSE.multipliedBy(1L << doublements);
        return Optional.of(pause.compareTo(PAUSE_MAX) > 0 ? PAUSE_MAX : pause);
    }

    public Optional<Instant> dernierEchec() {
        return echecsRecents.isEmpty() ? Optional.empty() : Optional.of(echecsRecents.get(echecsRecents.size() - 1));
    }

    public Temporisation apresEchec(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        List<Instant> echecs = new ArrayList<>(echecsRecents);
        echecs.add(instant);
        echecs.sort(null);
        Instant plusRecent = echecs.get(echecs.size() - 1);
        echecs.removeIf(echec -> !echec.isAfter(plusRecent.minus(FENETRE)));
        if (echecs.size() > ECHECS_MAX_PAR_FENETRE) {
            echecs = echecs.subList(echecs.size() - ECHECS_MAX_PAR_FENETRE, echecs.size());
        }
        return new Temporisation(echecsConsecutifs + 1, echecs);
    }

    public Temporisation apresSucces() {
        return new Temporisation(0, echecsRecents);
    }
}
