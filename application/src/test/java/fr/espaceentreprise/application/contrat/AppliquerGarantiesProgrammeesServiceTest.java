package fr.espaceentreprise.application.contrat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.UnContrat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AppliquerGarantiesProgrammeesServiceTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DECISION = LocalDate.of(2026, 11, 27);
    static final LocalDate PREMIER_DECEMBRE = LocalDate.of(2026, 12, 1);

    final PortsEnMemoire ports = new PortsEnMemoire();
    final ContratsEnMemoire contrats = ports.contrats;

    AppliquerGarantiesProgrammeesServiceTest() {
        ports.horloge.reglerFuseau(PARIS);
    }

    Contrat programme(LocalDate dateEffet) {
        Contrat contrat = UnContrat.actif().garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).build();
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, dateEffet, DECISION);
        return contrats.ajouter(contrat);
    }

    int appliquerLe(LocalDate jour) {
        ports.horloge.regler(jour.atStartOfDay(PARIS).toInstant().plusSeconds(60));
        return ports.espace().exploitation().appliquerGarantiesProgrammees().appliquer();
    }

    Contrat relu(Contrat contrat) {
        return contrats.trouver(contrat.id()).orElseThrow();
    }

    @Test
    void a_change_waits_until_the_eve_of_its_day_and_applies_on_the_day() {
        Contrat contrat = programme(PREMIER_DECEMBRE);

        assertEquals(0, appliquerLe(PREMIER_DECEMBRE.minusDays(1)));
        assertEquals(Garantie.SANTE_EXPAT_CFE_CONFORT, relu(contrat).garantie());

        assertEquals(1, appliquerLe(PREMIER_DECEMBRE));
        assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, relu(contrat).garantie());
        assertEquals(Optional.empty(), relu(contrat).garantieProgrammee());
    }

    @Test
    void a_second_run_changes_nothing_more() {
        programme(PREMIER_DECEMBRE);
        appliquerLe(PREMIER_DECEMBRE);

        assertEquals(0, appliquerLe(PREMIER_DECEMBRE.plusDays(3)));
    }

    @Test
    void more_changes_than_a_batch_are_all_applied_in_one_run() {
        IntStream.range(0, AppliquerGarantiesProgrammeesService.LOT + 3).forEach(i -> programme(PREMIER_DECEMBRE));

        assertEquals(AppliquerGarantiesProgrammeesService.LOT + 3, appliquerLe(PREMIER_DECEMBRE));
        assertEquals(0, contrats.avecGarantieProgrammeeAu(PREMIER_DECEMBRE, 1_000).size());
    }
}
