package fr.espaceentreprise.adapters.persistence.mandataire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class JooqMandatRepositoryTest {

    private static final LocalDate DEBUT = LocalDate.of(2023, 1, 1);

    /** One schema for the class: each test makes its own rows, with natural keys of their own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqMandatRepository mandats = new JooqMandatRepository(dsl);
    private final Mandataire mandataire = UnMandataire.parDefaut().build();
    private final Entreprise entreprise = UneEntreprise.parDefaut().build();
    private final Contrat sante = UnContrat.de(entreprise.id()).effetLe(DEBUT).build();
    private final Contrat prevoyance = UnContrat.de(entreprise.id()).effetLe(DEBUT).build();

    JooqMandatRepositoryTest() {
        new JooqMandataireRepository(dsl).enregistrer(mandataire);
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        JooqContratRepository contrats = new JooqContratRepository(dsl);
        contrats.enregistrer(sante);
        contrats.enregistrer(prevoyance);
    }

    @Test
    void finds_a_saved_mandat_with_its_contrats() {
        Mandat mandat = UnMandat.de(mandataire.id()).sur(sante, prevoyance).depuis(DEBUT).build();

        mandats.enregistrer(mandat);

        assertMemeMandat(mandat, mandats.trouver(mandat.id()).orElseThrow());
    }

    @Test
    void saving_a_terminated_mandat_keeps_its_end_and_its_new_contrats() {
        Mandat mandat = UnMandat.de(mandataire.id()).sur(sante).depuis(DEBUT).build();
        mandats.enregistrer(mandat);

        mandat.terminer(LocalDate.of(2024, 6, 30));
        mandats.enregistrer(mandat);
        Mandat etendu = Mandat.rehydrater(mandat.id(), mandataire.id(), entreprise.id(), Set.of(prevoyance.id()),
                mandat.periode());
        mandats.enregistrer(etendu);

        Mandat relu = mandats.trouver(mandat.id()).orElseThrow();
        assertEquals(new Periode(DEBUT, LocalDate.of(2024, 6, 30)), relu.periode());
        assertEquals(Set.of(prevoyance.id()), relu.contrats());
    }

    @Test
    void lists_the_mandats_of_a_mandataire_oldest_first_and_only_them() {
        Mandat recent = UnMandat.de(mandataire.id()).sur(sante).depuis(LocalDate.of(2024, 3, 1)).build();
        Mandat ancien = UnMandat.de(mandataire.id()).sur(sante, prevoyance).depuis(DEBUT).build();
        Mandataire autre = UnMandataire.parDefaut().build();
        new JooqMandataireRepository(dsl).enregistrer(autre);
        mandats.enregistrer(recent);
        mandats.enregistrer(ancien);
        mandats.enregistrer(UnMandat.de(autre.id()).sur(sante).depuis(DEBUT).build());

        List<Mandat> trouves = mandats.trouverParMandataire(mandataire.id());

        assertEquals(List.of(ancien.id(), recent.id()), trouves.stream().map(Mandat::id).toList());
        assertMemeMandat(ancien, trouves.get(0));
        assertMemeMandat(recent, trouves.get(1));
    }

    @Test
    void finds_nothing_for_an_unknown_mandat_or_a_mandataire_without_mandat() {
        assertEquals(Optional.empty(), mandats.trouver(MandatId.nouveau()));
        assertEquals(List.of(), mandats.trouverParMandataire(MandataireId.nouveau()));
    }

    @Test
    void refuses_a_mandat_on_a_contrat_that_does_not_exist() {
        Mandat mandat = UnMandat.de(mandataire.id()).pourEntreprise(entreprise.id())
                .surContrats(ContratId.nouveau()).build();

        assertThrows(DataAccessException.class, () -> mandats.enregistrer(mandat));
    }

    private static void assertMemeMandat(Mandat attendu, Mandat lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.mandataireId(), lu.mandataireId());
        assertEquals(attendu.entrepriseId(), lu.entrepriseId());
        assertEquals(attendu.contrats(), lu.contrats());
        assertEquals(attendu.periode(), lu.periode());
    }
}
