package fr.espaceentreprise.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.compte.JooqSessionRepository;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration V14 on a database that already holds a session (written before it, in plain SQL): the session still
 * reads, with placeholders for what was not kept then, and a new session must say where it came from.
 */
class MigrationSecondFacteurTest {

    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-0000000000d2");

    private static DSLContext dsl;

    @BeforeAll
    static void uneSessionOuverteAvantV14() {
        PostgresTestDatabase.SchemaEnCours schema = PostgresTestDatabase.schemaJusqua("13");
        dsl = schema.dsl();
        dsl.execute("insert into utilisateur values ('00000000-0000-0000-0000-0000000000d1', '55555556',"
                + " 'GESTIONNAIRE', null, null, 'Durand', 'Anne', 'a@b.fr', 'FR', 'ACTIF')");
        dsl.execute("insert into session_utilisateur (id, empreinte_jeton, utilisateur_id, ouverte_le,"
                + " derniere_activite, etapes_en_attente) values ('" + SESSION + "', repeat('ab', 32),"
                + " '00000000-0000-0000-0000-0000000000d1', now(), now(), array['ACCEPTER_CGU'])");

        schema.migrer();
    }

    @Test
    void a_session_opened_before_reads_with_no_address_another_browser_and_no_second_factor() {
        SessionUtilisateur session = new JooqSessionRepository(dsl).trouver(new SessionId(SESSION)).orElseThrow();

        assertEquals(new AdresseIp("0.0.0.0"), session.ip());
        assertEquals(FamilleNavigateur.AUTRE, session.navigateur());
        assertEquals(Optional.empty(), session.secondFacteurLe());
        assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), session.etapesEnAttente());
    }

    @Test
    void a_new_session_gets_no_placeholder() {
        DataAccessException refus = assertThrows(DataAccessException.class, () -> dsl.execute(
                "insert into session_utilisateur (id, empreinte_jeton, utilisateur_id, ouverte_le, derniere_activite)"
                        + " values (gen_random_uuid(), repeat('cd', 32), '00000000-0000-0000-0000-0000000000d1',"
                        + " now(), now())"));

        assertEquals("23502", refus.sqlState());
    }
}
