package fr.espaceentreprise.bootstrap.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The demo's only source of chance: a seeded {@link Random}, so two seedings on the same day write the same data. */
final class Hasard {

    private final Random random;

    Hasard(long graine) {
        this.random = new Random(graine);
    }

    /** A version-4 shaped UUID drawn from the seeded generator (not {@code randomUUID()}, which cannot be seeded). */
    UUID uuid() {
        long poidsFort = (random.nextLong() & ~0xF000L) | 0x4000L;
        long poidsFaible = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(poidsFort, poidsFaible);
    }

    int entre(int min, int maxInclus) {
        return min + random.nextInt(maxInclus - min + 1);
    }

    boolean chance(int pourcent) {
        return random.nextInt(100) < pourcent;
    }

    <T> T parmi(List<T> valeurs) {
        return valeurs.get(random.nextInt(valeurs.size()));
    }

    /** A date between both bounds, inclusive; the lower one when they are reversed. */
    LocalDate dateEntre(LocalDate debut, LocalDate fin) {
        long jours = ChronoUnit.DAYS.between(debut, fin);
        return jours <= 0 ? debut : debut.plusDays(random.nextInt((int) jours + 1));
    }
}
