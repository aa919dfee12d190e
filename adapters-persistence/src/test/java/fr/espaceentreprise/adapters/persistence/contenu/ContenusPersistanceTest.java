package fr.espaceentreprise.adapters.persistence.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * What the migration V11 gives the content tables beyond the contracts of their ports: the rows it seeds and a
 * check of a table. A schema of its own, as migrated, since the contracts' schema is emptied.
 */
class ContenusPersistanceTest {

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    @Test
    void the_migration_seeds_a_number_for_every_zone_the_management_centre_contacts_and_a_faq() {
        JooqNumerosUrgenceRepository numeros = new JooqNumerosUrgenceRepository(dsl);

        assertEquals(Set.of(ZoneUrgence.values()), numeros.zones().keySet());
        assertEquals("+33254455677", numeros.centreDeGestion().orElseThrow().telephone().valeur());
        assertTrue(new JooqContactRepository(dsl).lister().size() >= 3);
        assertTrue(new JooqFaqRepository(dsl).lister().size() >= 10);
    }

    @Test
    void the_database_refuses_a_phone_that_is_not_e164_even_past_the_domain() {
        assertThrows(DataAccessException.class, () -> dsl.execute(
                "update numero_urgence set telephone = '0155924000' where zone = 'EUROPE'"));
    }
}
