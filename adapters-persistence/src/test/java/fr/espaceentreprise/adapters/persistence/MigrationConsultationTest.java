package fr.espaceentreprise.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.commun.CleDeTri;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration V5 on a database that already holds salariés and appels (written before it, in plain SQL): the sort
 * keys it computes are those the domain's CleDeTri gives, the affiliations get their salarié's copies, and each
 * appel the sum of its paiements.
 */
class MigrationConsultationTest {

    private static final List<String> NOMS = List.of("Łukasz Wróbel", "Şükrü Çelik", "  Nguyễn   Thị  Hoa ",
            "ÉLODIE", "Østergaard", "Þóra Guðmundsdóttir", "Æbelø", "Œhlenschläger", "STRAßE", "O’Brien", "İstanbul",
            "Țurcanu", "Ñúñez", "de la Tour", "Ångström", "Δημήτρης", "Иванов", "Satō", "Brontë", "Dvořák");

    private static DSLContext dsl;

    @BeforeAll
    static void desSalariesEtDesAppelsEcritsAvantV5() {
        PostgresTestDatabase.SchemaEnCours schema = PostgresTestDatabase.schemaJusqua("4");
        dsl = schema.dsl();
        dsl.execute("insert into entreprise (id, numero_adherent, raison_sociale, siret, adresse_ligne1, code_postal,"
                + " ville, pays, email, mode_paiement, periodicite) values ('00000000-0000-0000-0000-00000000000e',"
                + " '12345678', 'Durand', '73282932000074', '1 rue', '75001', 'Paris', 'FR', 'a@b.fr', 'VIREMENT',"
                + " 'MENSUELLE')");
        dsl.execute("insert into contrat (id, numero, entreprise_id, organisme, garantie, date_effet) values"
                + " ('00000000-0000-0000-0000-00000000000c', 'CT-00001', '00000000-0000-0000-0000-00000000000e',"
                + " 'HUMANIS_ASSURANCES', 'SANTE_EXPAT_CFE_CONFORT', '2024-01-01')");
        for (int i = 0; i < NOMS.size(); i++) {
            String prenom = NOMS.get(NOMS.size() - 1 - i);
            dsl.execute("insert into salarie (id, entreprise_id, nom, prenom, date_naissance, pays_expatriation,"
                    + " salaire_reference_centimes) values (gen_random_uuid(), '00000000-0000-0000-0000-00000000000e',"
                    + " ?, ?, '1980-01-01', 'SN', 100000)", NOMS.get(i), prenom);
        }
        dsl.execute("insert into affiliation (id, salarie_id, contrat_id, rang, debut)"
                + " select gen_random_uuid(), id, '00000000-0000-0000-0000-00000000000c', 0, '2024-01-01'"
                + " from salarie");
        dsl.execute("insert into appel_de_cotisation (id, contrat_id, numero_quittance, debut, fin, echeance,"
                + " montant_appele_centimes) values"
                + " ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-00000000000c', 'Q-000001',"
                + " '2024-01-01', '2024-03-31', '2024-04-15', 150000),"
                + " ('00000000-0000-0000-0000-0000000000a2', '00000000-0000-0000-0000-00000000000c', 'Q-000002',"
                + " '2024-04-01', '2024-06-30', '2024-07-15', 150000)");
        dsl.execute("insert into paiement values"
                + " ('00000000-0000-0000-0000-0000000000a1', 0, '2024-04-01', 100000, null),"
                + " ('00000000-0000-0000-0000-0000000000a1', 1, '2024-04-02', 49999, null)");

        schema.migrer();
    }

    @Test
    void the_sort_keys_of_existing_salaries_are_those_of_the_domain() {
        for (Record salarie : dsl.fetch("select nom, prenom, nom_tri, prenom_tri from salarie")) {
            assertEquals(CleDeTri.de(salarie.get("nom", String.class)), salarie.get("nom_tri", String.class));
            assertEquals(CleDeTri.de(salarie.get("prenom", String.class)), salarie.get("prenom_tri", String.class));
        }
        assertEquals(NOMS.size(), dsl.fetchCount(dsl.selectFrom("salarie")));
    }

    @Test
    void existing_affiliations_get_the_keys_and_country_of_their_salarie() {
        assertEquals(NOMS.size(), dsl.fetchCount(dsl.selectFrom("affiliation a join salarie s on s.id = a.salarie_id"
                + " and s.nom_tri = a.nom_tri and s.prenom_tri = a.prenom_tri"
                + " and s.pays_expatriation = a.pays_expatriation")));
    }

    @Test
    void existing_appels_get_the_sum_of_their_paiements() {
        assertEquals(List.of(149_999L, 0L), dsl.fetch("select montant_paye_centimes from appel_de_cotisation"
                + " order by numero_quittance").getValues(0, Long.class));
    }
}
