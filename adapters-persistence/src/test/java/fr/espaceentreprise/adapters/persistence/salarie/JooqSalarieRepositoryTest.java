package fr.espaceentreprise.adapters.persistence.salarie;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.AFFILIATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SALARIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.time.LocalDate;
import java.util.List;
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

}
