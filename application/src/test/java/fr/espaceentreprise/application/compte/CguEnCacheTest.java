package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CguEnCacheTest {

    static final Instant T0 = Instant.parse("2026-11-28T01:00:00Z");
    static final VersionCgu NOVEMBRE = new VersionCgu("2026-11", Instant.parse("2026-11-01T00:00:00Z"));

    final HorlogeReglable horloge = new HorlogeReglable(T0);
    final TransactionsEnMemoire transactions = new TransactionsEnMemoire();
    final CguEnMemoire stockage = new CguEnMemoire(transactions);
    final CguEnCache cache = new CguEnCache(stockage, horloge);

    CguEnCacheTest() {
        stockage.publier(NOVEMBRE);
    }

    @Test
    void a_version_published_through_another_instance_is_seen_once_the_cached_list_is_stale() {
        assertEquals(Optional.of(NOVEMBRE), cache.versionCourante(horloge.instant()));
        VersionCgu decembre = new VersionCgu("2026-12", T0.plusSeconds(1));
        stockage.publier(decembre);

        horloge.avancer(Duration.ofSeconds(2));
        assertEquals(Optional.of(NOVEMBRE), cache.versionCourante(horloge.instant()), "still the cached list");

        horloge.avancer(CguEnCache.DUREE);
        assertEquals(Optional.of(decembre), cache.versionCourante(horloge.instant()));
    }

    @Test
    void a_version_published_through_this_instance_is_seen_at_once() {
        cache.versionCourante(horloge.instant());
        VersionCgu decembre = new VersionCgu("2026-12", T0);

        transactions.enTransaction(() -> cache.publier(new PublicationCgu(decembre, "Conditions", "Terms")));

        assertEquals(Optional.of(decembre), cache.versionCourante(horloge.instant()));
    }

    @Test
    void a_version_published_for_a_later_instant_is_in_force_from_that_instant_out_of_the_same_list() {
        VersionCgu plusTard = new VersionCgu("2027-01", T0.plusSeconds(2));
        transactions.enTransaction(() -> cache.publier(new PublicationCgu(plusTard, "Conditions", "Terms")));

        assertEquals(Optional.of(NOVEMBRE), cache.versionCourante(T0.plusSeconds(1)));
        assertEquals(Optional.of(plusTard), cache.versionCourante(T0.plusSeconds(2)));
    }
}
