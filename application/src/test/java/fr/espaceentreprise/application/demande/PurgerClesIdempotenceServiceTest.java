package fr.espaceentreprise.application.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PurgerClesIdempotenceServiceTest {

    static final Instant MAINTENANT = Instant.parse("2026-11-27T23:00:00Z");

    final PortsEnMemoire ports = new PortsEnMemoire();
    final TransactionsEnMemoire transactions = ports.transactions;
    final ClesIdempotenceEnMemoire cles = ports.clesIdempotence;
    final UtilisateurId auteur = UtilisateurId.nouveau();
    final PurgerClesIdempotence purge = ports.espace().exploitation().purgerClesIdempotence();

    PurgerClesIdempotenceServiceTest() {
        ports.horloge.regler(MAINTENANT);
    }

    void reservee(String cle, Duration age) {
        transactions.enTransaction(() -> cles.reserver(auteur, new CleIdempotence(cle), DemandeId.nouveau(),
                MAINTENANT.minus(age)));
    }

    Optional<DemandeId> reserverEncore(String cle) {
        return transactions.enTransaction(() -> cles.reserver(auteur, new CleIdempotence(cle), DemandeId.nouveau(),
                MAINTENANT));
    }

    @Test
    void forgets_the_keys_older_than_a_day_and_keeps_the_others() {
        reservee("ancienne", Duration.ofHours(25));
        reservee("juste-un-jour", Duration.ofHours(24).plusSeconds(1));
        reservee("recente", Duration.ofHours(23));

        assertEquals(2, purge.purger());

        assertEquals(Optional.empty(), reserverEncore("ancienne"));
        assertEquals(true, reserverEncore("recente").isPresent());
    }

    @Test
    void a_backlog_longer_than_a_batch_is_purged_in_one_run() {
        IntStream.range(0, PurgerClesIdempotenceService.LOT + 2)
                .forEach(i -> reservee("cle-" + i, Duration.ofDays(3)));

        assertEquals(PurgerClesIdempotenceService.LOT + 2, purge.purger());
        assertEquals(0, cles.taille());
    }
}
