package fr.espaceentreprise.domain.contrat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EtatContratTest {

    private static final LocalDate EFFET = LocalDate.of(2024, 1, 1);
    private static final LocalDate FIN = LocalDate.of(2024, 12, 31);

    @ParameterizedTest
    @CsvSource({
            "2023-12-31, A_VENIR",
            "2024-01-01, ACTIF",
            "2024-07-14, ACTIF",
            "2024-12-31, ACTIF",
            "2025-01-01, TERMINE",
            "2030-06-01, TERMINE"})
    void a_terminated_contract_is_to_come_before_its_effect_date_in_force_both_ends_included_then_ended(
            LocalDate date, EtatContrat attendu) {
        Contrat contrat = UnContrat.de(EntrepriseId.nouveau()).effetLe(EFFET).resilieLe(FIN).build();

        assertEquals(attendu, contrat.etatAu(date));
    }

    @Test
    void a_contract_without_end_stays_in_force_from_its_effect_date_on() {
        Contrat contrat = UnContrat.de(EntrepriseId.nouveau()).effetLe(EFFET).build();

        assertEquals(EtatContrat.A_VENIR, contrat.etatAu(EFFET.minusDays(1)));
        assertEquals(EtatContrat.ACTIF, contrat.etatAu(EFFET));
        assertEquals(EtatContrat.ACTIF, contrat.etatAu(LocalDate.of(2099, 12, 31)));
    }

    @Test
    void the_state_agrees_with_estActifLe_on_every_day_around_the_contract() {
        Contrat contrat = UnContrat.de(EntrepriseId.nouveau()).effetLe(EFFET).resilieLe(FIN).build();

        Stream<LocalDate> jours = IntStream.rangeClosed(-40, 400).mapToObj(EFFET::plusDays);

        jours.forEach(jour -> {
            EtatContrat etat = contrat.etatAu(jour);
            assertEquals(contrat.estActifLe(jour), etat == EtatContrat.ACTIF, jour.toString());
            EtatContrat attendu = jour.isBefore(EFFET) ? EtatContrat.A_VENIR
                    : jour.isAfter(FIN) ? EtatContrat.TERMINE : EtatContrat.ACTIF;
            assertEquals(attendu, etat, jour.toString());
        });
    }
}
