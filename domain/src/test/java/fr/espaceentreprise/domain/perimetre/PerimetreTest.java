package fr.espaceentreprise.domain.perimetre;

import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerimetreTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2025, 6, 15);
    private static final LocalDate DEBUT = LocalDate.of(2015, 1, 1);
    private static final MandataireId MANDATAIRE = MandataireId.nouveau();

    private final EntrepriseId alpha = EntrepriseId.nouveau();
    private final EntrepriseId beta = EntrepriseId.nouveau();

    private static Contrat contrat(EntrepriseId entrepriseId, LocalDate dateFin) {
        return UnContrat.de(entrepriseId).garantie(Garantie.PREVOYANCE_DECES_INVALIDITE).effetLe(DEBUT)
                .resilieLe(dateFin).build();
    }

    /** A mandat on behalf of the entreprise of its first contrat, since {@link #DEBUT}, ended on fin (or open). */
    private static Mandat mandat(LocalDate fin, Contrat... contrats) {
        return UnMandat.de(MANDATAIRE).sur(contrats).depuis(DEBUT).termineLe(fin).build();
    }

    private static Map<ContratId, Contrat> parId(Contrat... contrats) {
        return Arrays.stream(contrats).collect(Collectors.toMap(Contrat::id, Function.identity()));
    }

    @Test
    void an_entreprise_sees_itself_and_all_its_contrats_whatever_their_dates() {
        Contrat ouvert = contrat(alpha, null);
        Contrat resilieIlYALongtemps = contrat(alpha, LocalDate.of(2016, 12, 31));

        Perimetre perimetre = Perimetre.entreprise(alpha, List.of(ouvert, resilieIlYALongtemps));

        assertTrue(perimetre.voitEntreprise(alpha));
        assertTrue(perimetre.voitContrat(ouvert.id()));
        assertTrue(perimetre.voitContrat(resilieIlYALongtemps.id()));
        assertEquals(Set.of(ouvert.id(), resilieIlYALongtemps.id()), perimetre.contrats());
        assertFalse(perimetre.toutVoir());
    }

    @Test
    void an_entreprise_sees_nothing_of_another_entreprise() {
        Contrat deBeta = contrat(beta, null);

        Perimetre perimetre = Perimetre.entreprise(alpha, List.of(contrat(alpha, null), deBeta));

        assertFalse(perimetre.voitEntreprise(beta));
        assertFalse(perimetre.voitContrat(deBeta.id()));
        assertFalse(perimetre.voitContrat(ContratId.nouveau()));
        assertEquals(Set.of(alpha), perimetre.entreprises());
    }

    @Test
    void a_mandataire_sees_the_contrats_under_its_active_mandats_and_their_entreprises() {
        Contrat a1 = contrat(alpha, null);
        Contrat b1 = contrat(beta, null);

        Perimetre perimetre = Perimetre.mandataire(
                List.of(mandat(null, a1), mandat(LocalDate.of(2030, 1, 1), b1)), parId(a1, b1),
                AUJOURDHUI);

        assertEquals(Set.of(a1.id(), b1.id()), perimetre.contrats());
        assertEquals(Set.of(alpha, beta), perimetre.entreprises());
        assertFalse(perimetre.toutVoir());
    }

    @Test
    void a_mandataire_does_not_see_a_contrat_of_the_entreprise_outside_its_mandat() {
        Contrat couvert = contrat(alpha, null);
        Contrat horsMandat = contrat(alpha, null);

        Perimetre perimetre = Perimetre.mandataire(List.of(mandat(null, couvert)),
                parId(couvert, horsMandat), AUJOURDHUI);

        assertTrue(perimetre.voitContrat(couvert.id()));
        assertFalse(perimetre.voitContrat(horsMandat.id()));
    }

    @ParameterizedTest(name = "mandat ended {0} → visible on 2025-06-15: {1}")
    @CsvSource({
            "2025-06-14, true",
            "2024-06-15, true",
            "2023-06-16, true",
            "2023-06-15, true",   // exactly two years ago
            "2023-06-14, false",  // two years and a day ago
            "2020-01-01, false"})
    void a_mandataire_still_sees_the_contrats_of_a_mandat_ended_up_to_two_years_ago(LocalDate fin, boolean visible) {
        Contrat a1 = contrat(alpha, null);

        Perimetre perimetre = Perimetre.mandataire(List.of(mandat(fin, a1)), parId(a1), AUJOURDHUI);

        assertEquals(visible, perimetre.voitContrat(a1.id()));
        assertEquals(visible, perimetre.voitEntreprise(alpha));
    }

    @ParameterizedTest(name = "contrat ended {0} → visible on 2025-06-15: {1}")
    @CsvSource({
            "2023-06-15, true",
            "2023-06-14, false"})
    void a_mandataire_no_longer_sees_a_contrat_ended_more_than_two_years_ago_even_under_an_open_mandat(
            LocalDate finContrat, boolean visible) {
        Contrat a1 = contrat(alpha, finContrat);

        Perimetre perimetre = Perimetre.mandataire(List.of(mandat(null, a1)), parId(a1), AUJOURDHUI);

        assertEquals(visible, perimetre.voitContrat(a1.id()));
        assertEquals(visible, perimetre.voitEntreprise(alpha));
    }

    @Test
    void a_mandataire_sees_only_the_entreprises_of_the_contrats_it_sees() {
        Contrat a1 = contrat(alpha, null);
        Contrat b1 = contrat(beta, null);

        Perimetre perimetre = Perimetre.mandataire(
                List.of(mandat(null, a1), mandat(LocalDate.of(2021, 12, 31), b1)), parId(a1, b1),
                AUJOURDHUI);

        assertEquals(Set.of(alpha), perimetre.entreprises());
        assertFalse(perimetre.voitEntreprise(beta));
        assertFalse(perimetre.voitContrat(b1.id()));
    }

    @Test
    void a_mandataire_does_not_see_the_contrats_of_a_mandat_not_started_yet() {
        Contrat a1 = contrat(alpha, null);

        Perimetre perimetre = Perimetre.mandataire(
                List.of(UnMandat.de(MANDATAIRE).sur(a1).depuis(AUJOURDHUI.plusDays(1)).build()), parId(a1), AUJOURDHUI);

        assertEquals(Perimetre.vide(), perimetre);
    }

    @Test
    void a_mandataire_does_not_see_a_contrat_it_cannot_look_up_or_held_by_another_entreprise_than_the_mandat_s() {
        Contrat inconnu = contrat(alpha, null);
        Contrat deBeta = contrat(beta, null);

        Perimetre perimetre = Perimetre.mandataire(List.of(mandat(null, inconnu, deBeta)), parId(deBeta),
                AUJOURDHUI);

        assertEquals(Perimetre.vide(), perimetre);
    }

    @Test
    void a_mandataire_without_mandat_sees_nothing() {
        assertEquals(Perimetre.vide(), Perimetre.mandataire(List.of(), Map.of(), AUJOURDHUI));
    }

    @Test
    void the_complete_perimetre_sees_every_entreprise_and_contrat() {
        Perimetre complet = Perimetre.complet();

        assertTrue(complet.toutVoir());
        assertTrue(complet.voitEntreprise(EntrepriseId.nouveau()));
        assertTrue(complet.voitContrat(ContratId.nouveau()));
    }

    @Test
    void the_empty_perimetre_sees_nothing() {
        Perimetre vide = Perimetre.vide();

        assertFalse(vide.toutVoir());
        assertFalse(vide.voitEntreprise(EntrepriseId.nouveau()));
        assertFalse(vide.voitContrat(ContratId.nouveau()));
    }

    @Test
    void a_perimetre_cannot_be_widened_after_it_is_built() {
        Set<ContratId> contrats = new HashSet<>();
        Perimetre perimetre = new Perimetre(false, Set.of(alpha), contrats);
        ContratId ajoute = ContratId.nouveau();

        contrats.add(ajoute);

        assertFalse(perimetre.voitContrat(ajoute));
        assertThrows(UnsupportedOperationException.class, () -> perimetre.contrats().add(ajoute));
        assertThrows(UnsupportedOperationException.class, () -> perimetre.entreprises().add(beta));
    }
}
