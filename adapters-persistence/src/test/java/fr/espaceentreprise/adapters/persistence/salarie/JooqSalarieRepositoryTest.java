package fr.espaceentreprise.adapters.persistence.salarie;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.AFFILIATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SALARIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class JooqSalarieRepositoryTest {

    /** One schema for the class: each test makes its own rows, with natural keys of their own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqSalarieRepository salaries = new JooqSalarieRepository(dsl);
    private final Entreprise entreprise = UneEntreprise.parDefaut().build();
    private final Contrat sante = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1)).build();
    private final Contrat prevoyance = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2023, 1, 1)).build();

    JooqSalarieRepositoryTest() {
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        JooqContratRepository contrats = new JooqContratRepository(dsl);
        contrats.enregistrer(sante);
        contrats.enregistrer(prevoyance);
    }

    @Test
    void finds_a_saved_salarie_with_every_field_and_its_affiliations_in_order() {
        Salarie salarie = UnSalarie.nomme("Nguyễn").prenomme("Zoë").de(entreprise.id())
                .neLe(LocalDate.of(1990, 2, 28)).email("zoe.nguyen@example.vn").expatrieEn("VN")
                .salaire(Montant.euros("5 123,45"))
                .affilieA(sante)
                .affilieA(prevoyance, LocalDate.of(2023, 6, 1))
                .radieDe(prevoyance, LocalDate.of(2023, 12, 31))
                .affilieA(prevoyance, LocalDate.of(2024, 3, 1))
                .build();

        salaries.enregistrer(salarie);

        Salarie relu = salaries.trouver(salarie.id()).orElseThrow();
        assertMemeSalarie(salarie, relu);
        assertEquals(3, relu.affiliations().size());
    }

    @Test
    void saving_again_keeps_a_radiation_a_new_affiliation_and_the_new_details() {
        Salarie salarie = UnSalarie.quelconque().de(entreprise.id()).affilieA(sante).build();
        salaries.enregistrer(salarie);
        AffiliationId premiere = salarie.affiliations().get(0).id();

        salarie.radier(sante.id(), LocalDate.of(2024, 8, 31));
        salarie.affilier(AffiliationId.nouveau(), prevoyance, LocalDate.of(2024, 9, 1));
        salarie.changerPaysExpatriation(new CodePays("ca"));
        salarie.changerSalaireReference(Montant.euros("6000"));
        salarie.modifierIdentite("Durand-Martin", "Camille", LocalDate.of(1985, 3, 14), null);
        salaries.enregistrer(salarie);

        Salarie relu = salaries.trouver(salarie.id()).orElseThrow();
        assertMemeSalarie(salarie, relu);
        assertEquals(new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31)),
                relu.affiliation(premiere).orElseThrow().periode());
        assertEquals(Optional.empty(), relu.email());
    }

    @Test
    void saving_a_salarie_without_some_affiliations_removes_them_and_keeps_the_others_rows() {
        Salarie salarie = UnSalarie.quelconque().de(entreprise.id()).affilieA(sante).affilieA(prevoyance).build();
        salaries.enregistrer(salarie);
        Affiliation gardee = salarie.affiliations().get(1);

        salaries.enregistrer(Salarie.rehydrater(salarie.id(), salarie.entrepriseId(), salarie.nom(), salarie.prenom(),
                salarie.dateNaissance(), null, salarie.paysExpatriation(), salarie.salaireReference(),
                List.of(gardee)));

        assertEquals(List.of(gardee), salaries.trouver(salarie.id()).orElseThrow().affiliations());
        assertEquals(1, dsl.fetchCount(AFFILIATION, AFFILIATION.SALARIE_ID.eq(salarie.id().valeur())));
    }

    @Test
    void writes_the_sort_keys_of_the_names_beside_them_and_copies_them_with_the_country_into_each_affiliation() {
        Salarie salarie = UnSalarie.nomme("Wróbel").prenomme("Łukasz").de(entreprise.id()).expatrieEn("PL")
                .affilieA(sante).affilieA(prevoyance).build();
        salaries.enregistrer(salarie);
        salarie.modifierIdentite("Østergaard", "Søren  Åge", LocalDate.of(1985, 3, 14), null);
        salarie.changerPaysExpatriation(new CodePays("DK"));

        salaries.enregistrer(salarie);

        assertEquals(List.of("ostergaard", "soren age"), dsl.select(SALARIE.NOM_TRI, SALARIE.PRENOM_TRI).from(SALARIE)
                .where(SALARIE.ID.eq(salarie.id().valeur())).fetchSingle().intoList());
        assertEquals(Set.of(List.of("ostergaard", "soren age", "DK")), dsl
                .select(AFFILIATION.NOM_TRI, AFFILIATION.PRENOM_TRI, AFFILIATION.PAYS_EXPATRIATION).from(AFFILIATION)
                .where(AFFILIATION.SALARIE_ID.eq(salarie.id().valeur())).fetch(Record::intoList).stream()
                .collect(Collectors.toSet()));
    }

    @Test
    void the_database_keeps_the_copies_in_the_affiliations_equal_to_the_salaries_keys() {
        Salarie salarie = UnSalarie.nomme("Durand").de(entreprise.id()).affilieA(sante).build();
        salaries.enregistrer(salarie);

        dsl.update(SALARIE).set(SALARIE.NOM_TRI, "dupont").where(SALARIE.ID.eq(salarie.id().valeur())).execute();
        DataAccessException refus = assertThrows(DataAccessException.class, () -> dsl.update(AFFILIATION)
                .set(AFFILIATION.PAYS_EXPATRIATION, "FR").where(AFFILIATION.SALARIE_ID.eq(salarie.id().valeur()))
                .execute());

        assertEquals("dupont", dsl.select(AFFILIATION.NOM_TRI).from(AFFILIATION)
                .where(AFFILIATION.SALARIE_ID.eq(salarie.id().valeur())).fetchSingle().value1());
        assertEquals("23503", refus.sqlState());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        salaries.enregistrer(UnSalarie.quelconque().de(entreprise.id()).build());

        assertEquals(Optional.empty(), salaries.trouver(SalarieId.nouveau()));
    }

    private static void assertMemeSalarie(Salarie attendu, Salarie lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.entrepriseId(), lu.entrepriseId());
        assertEquals(attendu.nom(), lu.nom());
        assertEquals(attendu.prenom(), lu.prenom());
        assertEquals(attendu.dateNaissance(), lu.dateNaissance());
        assertEquals(attendu.email(), lu.email());
        assertEquals(attendu.paysExpatriation(), lu.paysExpatriation());
        assertEquals(attendu.salaireReference(), lu.salaireReference());
        assertEquals(attendu.affiliations(), lu.affiliations());
    }
}
