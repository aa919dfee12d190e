package fr.espaceentreprise.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema itself refuses rows the domain could never produce, whoever writes them. Each statement changes one
 * thing in an otherwise valid row; the SQLSTATE says which kind of constraint caught it (23514 check, 23503
 * foreign key). Natural keys taken twice come back as domain conflicts.
 */
class SchemaTest {

    private static final String ENTREPRISE = "'00000000-0000-0000-0000-00000000000e'";
    private static final String CONTRAT = "'00000000-0000-0000-0000-00000000000c'";
    private static final String APPEL = "'00000000-0000-0000-0000-00000000000a'";

    private static DSLContext dsl;

    @BeforeAll
    static void uneEntrepriseUnContratUnAppel() {
        dsl = PostgresTestDatabase.nouveauSchema();
        dsl.execute("insert into entreprise (id, numero_adherent, raison_sociale, siret, adresse_ligne1, code_postal,"
                + " ville, pays, email, mode_paiement, periodicite) values (" + ENTREPRISE + ", '12345678', 'Durand',"
                + " '73282932000074', '1 rue', '75001', 'Paris', 'FR', 'a@b.fr', 'VIREMENT', 'MENSUELLE')");
        dsl.execute("insert into contrat (id, numero, entreprise_id, organisme, garantie, date_effet) values ("
                + CONTRAT + ", 'CT-00001', " + ENTREPRISE + ", 'HUMANIS_ASSURANCES', 'SANTE_EXPAT_CFE_CONFORT', '2024-01-01')");
        dsl.execute("insert into appel_de_cotisation (id, contrat_id, numero_quittance, debut, fin, echeance,"
                + " montant_appele_centimes) values (" + APPEL + ", " + CONTRAT + ", 'Q-000001', '2024-01-01',"
                + " '2024-03-31', '2024-04-15', 150000)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        direct debit without IBAN | 23514 | update entreprise set mode_paiement = 'PRELEVEMENT'
        unknown periodicite | 23514 | update entreprise set periodicite = 'HEBDOMADAIRE'
        siret of 13 digits | 23514 | update entreprise set siret = '7328293200007'
        numero adherent of 7 digits | 23514 | update entreprise set numero_adherent = '1234567'
        garantie not offered by the organisme | 23514 | update contrat set organisme = 'HUMANIS_PREVOYANCE'
        contrat ending before it starts | 23514 | update contrat set date_fin = '2023-12-31'
        contrat of an unknown entreprise | 23503 | update contrat set entreprise_id = gen_random_uuid()
        appel period ending before it starts | 23514 | update appel_de_cotisation set fin = '2023-12-31'
        appel of zero | 23514 | update appel_de_cotisation set montant_appele_centimes = 0
        appel paid more than called | 23514 | update appel_de_cotisation set montant_paye_centimes = montant_appele_centimes + 1
        appel paid a negative amount | 23514 | update appel_de_cotisation set montant_paye_centimes = -1
        attestation code with an I | 23514 | insert into attestation values ('0123456789ABCDEFGHIJ', gen_random_uuid(), now(), current_date, '12345678', 'Durand', 'Nom', 'Prénom', '1980-01-01')
        attestation code of 19 characters | 23514 | insert into attestation values ('0123456789ABCDEFGHJ', gen_random_uuid(), now(), current_date, '12345678', 'Durand', 'Nom', 'Prénom', '1980-01-01')
        attestation line of no attestation | 23503 | insert into attestation_ligne values ('0123456789ABCDEFGHJK', 0, gen_random_uuid(), 'CT-00001', 'HUMANIS_ASSURANCES', 'SANTE_EXPAT_CFE_CONFORT', '2024-01-01')
        negative paiement | 23514 | insert into paiement values ('00000000-0000-0000-0000-00000000000a', 0, '2024-02-01', -1, null)
        option with an unknown code | 23514 | insert into contrat_option values ('00000000-0000-0000-0000-00000000000c', 0, 'TOUT', '2024-01-01', null)
        gestionnaire attached to an entreprise | 23514 | insert into utilisateur values (gen_random_uuid(), '12345678', 'GESTIONNAIRE', '00000000-0000-0000-0000-00000000000e', null, 'N', 'P', 'a@b.fr', 'FR', 'ACTIF')
        entreprise user without entreprise | 23514 | insert into utilisateur values (gen_random_uuid(), '12345678', 'ENTREPRISE', null, null, 'N', 'P', 'a@b.fr', 'FR', 'ACTIF')
        """)
    void refuses_a_row_that_breaks_a_rule(String regle, String sqlState, String instruction) {
        DataAccessException refus = assertThrows(DataAccessException.class, () -> dsl.execute(instruction));

        assertEquals(sqlState, refus.sqlState(), regle);
    }

    @Test
    void a_natural_key_taken_twice_is_reported_as_a_conflict_on_its_field() {
        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> dsl.execute(
                "insert into contrat (id, numero, entreprise_id, organisme, garantie, date_effet)"
                        + " select gen_random_uuid(), numero, entreprise_id, organisme, garantie, date_effet from contrat"));

        assertEquals("numeroContrat.deja_utilise", conflit.code());
        assertEquals(Optional.of("numeroContrat"), conflit.champ());
    }

    @Test
    void a_numero_adherent_held_by_a_deleted_account_can_be_given_to_a_new_one_but_not_to_two() {
        String compte = "insert into utilisateur values (gen_random_uuid(), '87654321', 'ENTREPRISE', " + ENTREPRISE
                + ", null, 'Durand', 'Anne', 'a@b.fr', 'FR', '%s')";
        dsl.execute(String.format(compte, "SUPPRIME"));
        dsl.execute(String.format(compte, "ACTIF"));

        RegleMetierException conflit = assertThrows(RegleMetierException.class,
                () -> dsl.execute(String.format(compte, "SUSPENDU")));

        assertEquals("numeroAdherent.deja_utilise", conflit.code());
    }
}
