package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AffiliationTest {

    private static final LocalDate EFFET_CONTRAT = LocalDate.of(2023, 1, 1);

    private final EntrepriseId entrepriseId = EntrepriseId.nouveau();
    private final Contrat contrat = contratOuvert(entrepriseId, EFFET_CONTRAT);

    private static Contrat contrat(EntrepriseId entrepriseId, LocalDate dateEffet, LocalDate dateFin) {
        return UnContrat.de(entrepriseId).effetLe(dateEffet).resilieLe(dateFin).build();
    }

    private static Contrat contratOuvert(EntrepriseId entrepriseId, LocalDate dateEffet) {
        return UnContrat.de(entrepriseId).effetLe(dateEffet).build();
    }

    private Salarie salarie() {
        return UnSalarie.nomme("Durand").de(entrepriseId).build();
    }

    @Test
    void affiliates_a_salarie_to_a_contrat_of_his_entreprise_from_the_date_given() {
        Salarie salarie = salarie();
        AffiliationId id = AffiliationId.nouveau();

        Affiliation affiliation = salarie.affilier(id, contrat, LocalDate.of(2024, 3, 1));

        assertEquals(id, affiliation.id());
        assertEquals(contrat.id(), affiliation.contratId());
        assertEquals(Periode.depuis(LocalDate.of(2024, 3, 1)), affiliation.periode());
        assertEquals(List.of(affiliation), salarie.affiliations());
        assertEquals(Optional.of(affiliation), salarie.affiliation(id));
    }

    @Test
    void an_affiliation_is_active_from_its_date_d_effet_on() {
        Salarie salarie = UnSalarie.nomme("Durand").affilieA(contrat, LocalDate.of(2024, 3, 1)).build();
        Affiliation affiliation = salarie.affiliations().get(0);

        assertFalse(affiliation.estActiveLe(LocalDate.of(2024, 2, 29)));
        assertTrue(affiliation.estActiveLe(LocalDate.of(2024, 3, 1)));
        assertTrue(affiliation.estActiveLe(LocalDate.of(2050, 1, 1)));
        assertEquals(List.of(), salarie.affiliationsActivesLe(LocalDate.of(2024, 2, 29)));
        assertEquals(List.of(affiliation), salarie.affiliationsActivesLe(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void refuses_a_contrat_of_another_entreprise() {
        Salarie salarie = salarie();
        Contrat contratDUneAutre = contratOuvert(EntrepriseId.nouveau(), EFFET_CONTRAT);

        RegleMetierException e = assertThrows(RegleMetierException.class,
                () -> salarie.affilier(AffiliationId.nouveau(), contratDUneAutre, LocalDate.of(2024, 3, 1)));

        assertEquals("salarie.contrat.autre_entreprise", e.code());
        assertEquals(Optional.of("contratId"), e.champ());
        assertTrue(salarie.affiliations().isEmpty());
    }

    @ParameterizedTest(name = "contrat {0}..{1}, affiliation from {2} → accepted: {3}")
    @CsvSource({
            "2023-01-01,           , 2022-12-31, false",  // before the contrat starts
            "2023-01-01,           , 2023-01-01, true",
            "2023-01-01, 2024-06-30, 2024-06-30, true",   // its last day
            "2023-01-01, 2024-06-30, 2024-07-01, false"}) // after it ended
    void refuses_a_contrat_that_is_not_active_on_the_date_d_effet(LocalDate effet, LocalDate fin,
                                                                  LocalDate dateAffiliation, boolean accepte) {
        Salarie salarie = salarie();
        Contrat c = contrat(entrepriseId, effet, fin);

        if (accepte) {
            salarie.affilier(AffiliationId.nouveau(), c, dateAffiliation);
            assertEquals(1, salarie.affiliations().size());
        } else {
            RegleMetierException e = assertThrows(RegleMetierException.class,
                    () -> salarie.affilier(AffiliationId.nouveau(), c, dateAffiliation));
            assertEquals("contrat.inactif", e.code());
            assertEquals(Optional.of("dateEffet"), e.champ());
            assertTrue(salarie.affiliations().isEmpty());
        }
    }

    @ParameterizedTest(name = "affiliated from 2024-03-01, again from {0}")
    @CsvSource({"2024-03-01", "2024-05-01", "2024-02-01", "2023-01-01"})
    void refuses_a_second_affiliation_to_the_same_contrat_overlapping_an_open_one(LocalDate secondeDate) {
        Salarie salarie = UnSalarie.nomme("Durand").affilieA(contrat, LocalDate.of(2024, 3, 1)).build();

        RegleMetierException e = assertThrows(RegleMetierException.class,
                () -> salarie.affilier(AffiliationId.nouveau(), contrat, secondeDate));

        assertEquals("salarie.affiliation.deja_affilie", e.code());
        assertEquals(1, salarie.affiliations().size());
    }

    @Test
    void refuses_a_new_affiliation_starting_on_the_last_day_of_a_radiated_one() {
        Salarie salarie = UnSalarie.nomme("Durand")
                .affilieA(contrat, LocalDate.of(2024, 3, 1))
                .radieDe(contrat, LocalDate.of(2024, 8, 31))
                .build();

        RegleMetierException e = assertThrows(RegleMetierException.class,
                () -> salarie.affilier(AffiliationId.nouveau(), contrat, LocalDate.of(2024, 8, 31)));

        assertEquals("salarie.affiliation.deja_affilie", e.code());
    }

    @Test
    void allows_a_new_affiliation_to_the_same_contrat_after_a_radiation() {
        Salarie salarie = UnSalarie.nomme("Durand")
                .affilieA(contrat, LocalDate.of(2024, 3, 1))
                .radieDe(contrat, LocalDate.of(2024, 8, 31))
                .build();

        Affiliation nouvelle = salarie.affilier(AffiliationId.nouveau(), contrat, LocalDate.of(2024, 9, 1));

        assertEquals(2, salarie.affiliations().size());
        assertEquals(List.of(nouvelle), salarie.affiliationsActivesLe(LocalDate.of(2024, 9, 1)));
        assertEquals(LocalDate.of(2024, 8, 31), salarie.affiliationsActivesLe(LocalDate.of(2024, 8, 31)).get(0)
                .periode().fin());
    }

    @Test
    void allows_affiliations_to_two_contrats_of_the_entreprise_at_the_same_time() {
        Contrat prevoyance = contratOuvert(entrepriseId, EFFET_CONTRAT);
        Salarie salarie = UnSalarie.nomme("Durand").affilieA(contrat, LocalDate.of(2024, 3, 1)).build();

        salarie.affilier(AffiliationId.nouveau(), prevoyance, LocalDate.of(2024, 3, 1));

        assertEquals(2, salarie.affiliationsActivesLe(LocalDate.of(2024, 3, 1)).size());
    }

    @Test
    void a_radiation_ends_the_open_affiliation_on_the_date_given() {
        Salarie salarie = UnSalarie.nomme("Durand").affilieA(contrat, LocalDate.of(2024, 3, 1)).build();
        AffiliationId id = salarie.affiliations().get(0).id();

        salarie.radier(contrat.id(), LocalDate.of(2024, 8, 31));

        Affiliation radiee = salarie.affiliation(id).orElseThrow();
        assertEquals(new Periode(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31)), radiee.periode());
        assertTrue(radiee.estActiveLe(LocalDate.of(2024, 8, 31)));
        assertFalse(radiee.estActiveLe(LocalDate.of(2024, 9, 1)));
    }

    @Test
    void a_radiation_from_one_contrat_leaves_the_others_open() {
        Contrat prevoyance = contratOuvert(entrepriseId, EFFET_CONTRAT);
        Salarie salarie = UnSalarie.nomme("Durand")
                .affilieA(contrat, LocalDate.of(2024, 3, 1))
                .affilieA(prevoyance, LocalDate.of(2024, 3, 1))
                .build();

        salarie.radier(prevoyance.id(), LocalDate.of(2024, 8, 31));

        List<Affiliation> actives = salarie.affiliationsActivesLe(LocalDate.of(2024, 9, 1));
        assertEquals(1, actives.size());
        assertEquals(contrat.id(), actives.get(0).contratId());
    }

    @Test
    void refuses_to_radiate_a_salarie_who_has_no_open_affiliation_to_the_contrat() {
        Salarie salarie = UnSalarie.nomme("Durand")
                .affilieA(contrat, LocalDate.of(2024, 3, 1))
                .radieDe(contrat, LocalDate.of(2024, 8, 31))
                .build();

        RegleMetierException dejaRadie = assertThrows(RegleMetierException.class,
                () -> salarie.radier(contrat.id(), LocalDate.of(2024, 12, 31)));
        RegleMetierException jamaisAffilie = assertThrows(RegleMetierException.class,
                () -> salarie.radier(ContratId.nouveau(), LocalDate.of(2024, 12, 31)));

        assertEquals("salarie.affiliation.introuvable", dejaRadie.code());
        assertEquals("salarie.affiliation.introuvable", jamaisAffilie.code());
        assertEquals(LocalDate.of(2024, 8, 31), salarie.affiliations().get(0).periode().fin());
    }

    @Test
    void refuses_a_radiation_dated_before_the_affiliation_started() {
        Salarie salarie = UnSalarie.nomme("Durand").affilieA(contrat, LocalDate.of(2024, 3, 1)).build();

        DomaineException e = assertThrows(DomaineException.class,
                () -> salarie.radier(contrat.id(), LocalDate.of(2024, 2, 29)));

        assertEquals("periode.invalide", e.code());
        assertTrue(salarie.affiliations().get(0).periode().estOuverte());
    }

    @Test
    void the_affiliations_cannot_be_changed_from_outside() {
        Salarie salarie = UnSalarie.nomme("Durand").affilieA(contrat).build();

        assertThrows(UnsupportedOperationException.class, () -> salarie.affiliations().clear());
        assertEquals(1, salarie.affiliations().size());
    }

    @Test
    void rehydrates_a_salarie_with_his_affiliations_as_stored() {
        Salarie original = UnSalarie.nomme("Durand")
                .affilieA(contrat, LocalDate.of(2024, 3, 1))
                .radieDe(contrat, LocalDate.of(2024, 8, 31))
                .affilieA(contrat, LocalDate.of(2024, 10, 1))
                .build();

        Salarie relu = Salarie.rehydrater(original.id(), original.entrepriseId(), original.nom(), original.prenom(),
                original.dateNaissance(), original.email().orElse(null), original.paysExpatriation(),
                original.salaireReference(), original.affiliations().stream()
                        .map(a -> Affiliation.rehydrater(a.id(), a.contratId(), a.periode())).toList());

        assertEquals(original.affiliations(), relu.affiliations());
        relu.radier(contrat.id(), LocalDate.of(2024, 12, 31));
        assertEquals(LocalDate.of(2024, 12, 31), relu.affiliations().get(1).periode().fin());
    }
}
