package fr.espaceentreprise.domain.mandataire;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MandatTest {

    private static final LocalDate DEBUT = LocalDate.of(2024, 3, 1);
    private static final LocalDate FIN = LocalDate.of(2024, 12, 31);
    private static final MandataireId MANDATAIRE = MandataireId.nouveau();
    private static final EntrepriseId ENTREPRISE = EntrepriseId.nouveau();
    private static final ContratId CONTRAT = ContratId.nouveau();

    @Test
    void a_new_mandate_links_the_broker_to_the_company_contracts_from_its_start_with_no_end() {
        MandatId id = MandatId.nouveau();

        Mandat mandat = Mandat.confier(id, MANDATAIRE, ENTREPRISE, Set.of(CONTRAT), DEBUT);

        assertEquals(id, mandat.id());
        assertEquals(MANDATAIRE, mandat.mandataireId());
        assertEquals(ENTREPRISE, mandat.entrepriseId());
        assertEquals(Set.of(CONTRAT), mandat.contrats());
        assertEquals(Periode.depuis(DEBUT), mandat.periode());
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2024-02-29, false",
            "2024-03-01, true",
            "2024-12-31, true",
            "2099-01-01, true"})
    void an_open_mandate_is_in_force_from_its_first_day_on(LocalDate date, boolean actif) {
        Mandat mandat = UnMandat.parDefaut().depuis(DEBUT).build();

        assertEquals(actif, mandat.estActifLe(date));
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2024-02-29, false",
            "2024-03-01, true",
            "2024-12-31, true",
            "2025-01-01, false"})
    void a_terminated_mandate_is_in_force_up_to_its_last_day_included(LocalDate date, boolean actif) {
        Mandat mandat = UnMandat.parDefaut().depuis(DEBUT).build();

        mandat.terminer(FIN);

        assertEquals(actif, mandat.estActifLe(date));
        assertEquals(new Periode(DEBUT, FIN), mandat.periode());
    }

    @Test
    void a_mandate_can_end_on_its_first_day() {
        Mandat mandat = UnMandat.parDefaut().depuis(DEBUT).build();

        mandat.terminer(DEBUT);

        assertTrue(mandat.estActifLe(DEBUT));
        assertFalse(mandat.estActifLe(DEBUT.plusDays(1)));
    }

    @Test
    void a_mandate_cannot_end_before_it_starts() {
        Mandat mandat = UnMandat.parDefaut().depuis(DEBUT).build();

        assertValeurInvalide("periode.invalide", "dateFin", () -> mandat.terminer(DEBUT.minusDays(1)));
        assertTrue(mandat.periode().estOuverte());
    }

    @Test
    void a_terminated_mandate_cannot_be_terminated_again() {
        Mandat mandat = UnMandat.parDefaut().depuis(DEBUT).termineLe(FIN).build();

        assertRegleMetier("mandat.deja_termine", () -> mandat.terminer(FIN.plusMonths(1)));
        assertEquals(new Periode(DEBUT, FIN), mandat.periode());
    }

    @Test
    void a_mandate_stored_as_terminated_cannot_be_terminated_again() {
        Mandat mandat = Mandat.rehydrater(MandatId.nouveau(), MANDATAIRE, ENTREPRISE, Set.of(CONTRAT),
                new Periode(DEBUT, FIN));

        assertRegleMetier("mandat.deja_termine", () -> mandat.terminer(FIN));
    }

    @Test
    void a_mandate_covers_only_its_contracts() {
        Contrat couvert = UnContrat.de(ENTREPRISE).build();
        Contrat autre = UnContrat.de(ENTREPRISE).build();

        Mandat mandat = UnMandat.de(MANDATAIRE).sur(couvert).build();

        assertTrue(mandat.couvre(couvert.id()));
        assertFalse(mandat.couvre(autre.id()));
        assertEquals(ENTREPRISE, mandat.entrepriseId());
    }

    @Test
    void a_mandate_needs_at_least_one_contract() {
        assertValeurInvalide("mandat.contrats.obligatoire", "contrats",
                () -> Mandat.confier(MandatId.nouveau(), MANDATAIRE, ENTREPRISE, Set.of(), DEBUT));
        assertValeurInvalide("mandat.contrats.obligatoire", "contrats",
                () -> Mandat.confier(MandatId.nouveau(), MANDATAIRE, ENTREPRISE, null, DEBUT));
        Set<ContratId> avecUnTrou = new HashSet<>();
        avecUnTrou.add(null);
        assertValeurInvalide("mandat.contrats.obligatoire", "contrats",
                () -> Mandat.confier(MandatId.nouveau(), MANDATAIRE, ENTREPRISE, avecUnTrou, DEBUT));
    }

    @Test
    void a_mandate_needs_its_broker_its_company_and_its_start() {
        assertValeurInvalide("champ.obligatoire", "mandataireId",
                () -> Mandat.confier(MandatId.nouveau(), null, ENTREPRISE, Set.of(CONTRAT), DEBUT));
        assertValeurInvalide("champ.obligatoire", "entrepriseId",
                () -> Mandat.confier(MandatId.nouveau(), MANDATAIRE, null, Set.of(CONTRAT), DEBUT));
        assertValeurInvalide("champ.obligatoire", "dateDebut",
                () -> Mandat.confier(MandatId.nouveau(), MANDATAIRE, ENTREPRISE, Set.of(CONTRAT), null));
    }

    @Test
    void the_contracts_of_a_mandate_cannot_be_changed_from_outside() {
        Set<ContratId> contrats = new LinkedHashSet<>(Set.of(CONTRAT));
        Mandat mandat = Mandat.confier(MandatId.nouveau(), MANDATAIRE, ENTREPRISE, contrats, DEBUT);

        contrats.add(ContratId.nouveau());

        assertEquals(Set.of(CONTRAT), mandat.contrats());
        assertThrows(UnsupportedOperationException.class, () -> mandat.contrats().add(ContratId.nouveau()));
    }
}
