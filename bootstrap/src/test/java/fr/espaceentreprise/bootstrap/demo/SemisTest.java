package fr.espaceentreprise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.EvenementDemande;
import fr.espaceentreprise.domain.demande.StatutDemande;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo built in memory on days where calendars are awkward (month and quarter ends, leap days, new year):
 * whatever the day the portal first starts, the domain accepts every object and the demo shows every state.
 */
class SemisTest {

    /** Built once per day and shared by the tests: building is the slow part. */
    private static final Map<LocalDate, Semis> SEMIS = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2025-03-31", "2025-04-01", "2025-04-15", "2025-04-16", "2025-07-31",
            "2025-12-31", "2028-02-29", "2028-03-01", "2030-11-17"})
    void on_any_day_every_call_state_and_every_demande_statut_occur(LocalDate aujourdhui) {
        Semis semis = semis(aujourdhui);

        Set<EtatAppel> etats = semis.appels.stream().map(appel -> appel.etatAu(aujourdhui)).collect(Collectors.toSet());
        Set<StatutDemande> statuts = semis.demandes.stream().map(Demande::statut).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(EtatAppel.class), etats);
        assertEquals(EnumSet.allOf(StatutDemande.class), statuts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2025-12-31", "2028-02-29", "2030-11-17"})
    void on_any_day_about_two_hundred_employees_are_spread_over_every_zone(LocalDate aujourdhui) {
        Semis semis = semis(aujourdhui);

        Set<ZoneUrgence> zones = semis.salaries.stream().map(salarie -> salarie.paysExpatriation().zone())
                .collect(Collectors.toSet());
        assertAll(
                () -> assertTrue(semis.salaries.size() >= 190),
                () -> assertEquals(EnumSet.allOf(ZoneUrgence.class), zones));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2025-04-15", "2025-12-31", "2028-02-29", "2030-11-17"})
    void nothing_is_dated_after_the_seeding_day(LocalDate aujourdhui) {
        Semis semis = semis(aujourdhui);

        Instant debutDuJour = aujourdhui.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        assertTrue(semis.appels.stream().flatMap(appel -> appel.paiements().stream())
                .noneMatch(paiement -> paiement.date().isAfter(aujourdhui)), "a payment in the future");
        assertTrue(semis.appels.stream().map(AppelDeCotisation::periode)
                .noneMatch(periode -> periode.debut().isAfter(aujourdhui)), "a call for a period not begun");
        assertTrue(semis.demandes.stream().flatMap(demande -> demande.historique().stream())
                .map(EvenementDemande::instant).allMatch(instant -> instant.isBefore(debutDuJour)), "an event today or later");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2028-02-29"})
    void the_same_day_gives_the_same_data(LocalDate aujourdhui) {
        Semis premier = semis(aujourdhui);
        Semis second = Semis.au(aujourdhui);

        assertEquals(empreinte(premier), empreinte(second));
    }

    private static Semis semis(LocalDate aujourdhui) {
        return SEMIS.computeIfAbsent(aujourdhui, Semis::au);
    }

    private static List<String> empreinte(Semis semis) {
        return Stream.of(
                semis.salaries.stream().map(s -> s.id() + s.nom() + s.prenom() + s.paysExpatriation()
                        + s.salaireReference() + s.affiliations().stream().map(a -> a.periode().toString()).toList()),
                semis.appels.stream().map(a -> a.id() + "" + a.numeroQuittance() + a.montantAppele() + a.paiements()),
                semis.demandes.stream().map(d -> d.id() + "" + d.contenu() + d.historique()))
                .flatMap(lignes -> lignes).toList();
    }
}
