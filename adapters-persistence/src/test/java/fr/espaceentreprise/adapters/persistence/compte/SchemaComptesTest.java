package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The accounts' tables refuse rows the domain could never produce, a clear secret first of all. Each statement
 * changes one thing in an otherwise valid row; the SQLSTATE says which kind of constraint caught it (23514 check,
 * 23503 foreign key, 23505 unique).
 */
class SchemaComptesTest {

    private static final String COMPTE = "'00000000-0000-0000-0000-0000000000c1'";
    private static final String SESSION = "'00000000-0000-0000-0000-0000000000c2'";
    private static final String DEMANDE = "'00000000-0000-0000-0000-0000000000c3'";
    private static final String EMPREINTE = "'$argon2id$v=19$m=19456,t=2,p=1$c2Vs$aGFjaGU'";
    private static final String SHA256 = "'" + "ab".repeat(32) + "'";

    /** A column name that speaks of a secret of the accounts. */
    private static final Pattern SECRET = Pattern.compile(
            "jeton|token|mot_de_passe|password|passwd|secret|code_email|provisoire");
    /** What such a column may hold: a hash of the secret, or what is known about it (expiry, attempts, address). */
    private static final Pattern SANS_SECRET = Pattern.compile("^empreinte_.*|.*_expire_le$|.*_essais_restants$|.*_adresse$");

    private static DSLContext dsl;

    @BeforeAll
    static void unCompteEtSesLignes() {
        dsl = PostgresTestDatabase.nouveauSchema();
        dsl.execute("insert into utilisateur values (" + COMPTE + ", '55555555', 'GESTIONNAIRE', null, null,"
                + " 'Durand', 'Anne', 'a@b.fr', 'FR', 'ACTIF')");
        dsl.execute("insert into identifiants (utilisateur_id, empreinte_mot_de_passe) values (" + COMPTE + ", "
                + EMPREINTE + ")");
        dsl.execute("insert into session_utilisateur (id, empreinte_jeton, utilisateur_id, ouverte_le,"
                + " derniere_activite) values (" + SESSION + ", " + SHA256 + ", " + COMPTE + ", now(), now())");
        dsl.execute("insert into demande_inscription (id, profil, email, numero_adherent, nom, prenom,"
                + " date_naissance, langue, recue_le, statut) values (" + DEMANDE + ", 'MANDATAIRE', 'a@b.fr',"
                + " '20000001', 'Durand', 'Anne', '1980-01-01', 'FR', now(), 'EN_ATTENTE')");
        dsl.execute("insert into evenement_audit (id, instant, type, ip) values (gen_random_uuid(), now(),"
                + " 'DECONNEXION', '127.0.0.1')");
    }

    @Test
    void no_column_holds_a_session_token_or_a_secret_in_clear() {
        List<String> colonnes = dsl.fetchValues(
                "select column_name from information_schema.columns where table_schema = current_schema()"
                        + " order by table_name, ordinal_position").stream()
                .map(nom -> nom.toString().toLowerCase(Locale.ROOT)).toList();

        List<String> secretes = colonnes.stream().filter(nom -> SECRET.matcher(nom).find()).toList();
        assertTrue(secretes.containsAll(Set.of("empreinte_jeton", "empreinte_mot_de_passe",
                "empreinte_mot_de_passe_provisoire", "empreinte_code_email")), "the rule sees the hashes: " + secretes);
        assertAll(secretes.stream().map(nom -> () ->
                assertTrue(SANS_SECRET.matcher(nom).matches(), nom + " looks like a secret in clear")));
        assertFalse(colonnes.contains("jeton"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        password in clear | 23514 | update identifiants set empreinte_mot_de_passe = 'Demo-Entreprise-2026'
        temporary password in clear | 23514 | update identifiants set empreinte_mot_de_passe_provisoire = 'Kx7pQ2mZ9wLr4TfB', mot_de_passe_provisoire_expire_le = now()
        temporary password without expiry | 23514 | update identifiants set empreinte_mot_de_passe_provisoire = $argon2id$v=19$m=19456,t=2,p=1$c2Vs$aGFjaGU
        e-mail code in clear | 23514 | update identifiants set empreinte_code_email = '123456', code_email_adresse = 'a@b.fr', code_email_expire_le = now(), code_email_essais_restants = 5
        e-mail code without its address | 23514 | update identifiants set empreinte_code_email = $argon2id$v=19$m=19456,t=2,p=1$c2Vs$aGFjaGU, code_email_expire_le = now(), code_email_essais_restants = 5
        six attempts at the e-mail code | 23514 | update identifiants set empreinte_code_email = $argon2id$v=19$m=19456,t=2,p=1$c2Vs$aGFjaGU, code_email_adresse = 'a@b.fr', code_email_expire_le = now(), code_email_essais_restants = 6
        negative consecutive failures | 23514 | update identifiants set echecs_consecutifs = -1
        twenty-six recent failures | 23514 | update identifiants set echecs_recents = array_fill(now(), array[26])
        credentials of an unknown account | 23503 | update identifiants set utilisateur_id = gen_random_uuid()
        session token instead of its hash | 23514 | update session_utilisateur set empreinte_jeton = 'jeton-en-clair'
        unknown pending step | 23514 | update session_utilisateur set etapes_en_attente = array['PAYER']
        activity before the opening | 23514 | update session_utilisateur set derniere_activite = ouverte_le - interval '1 second'
        session of an unknown account | 23503 | update session_utilisateur set utilisateur_id = gen_random_uuid()
        token hash taken twice | 23505 | insert into session_utilisateur (id, empreinte_jeton, utilisateur_id, ouverte_le, derniere_activite) select gen_random_uuid(), empreinte_jeton, utilisateur_id, ouverte_le, derniere_activite from session_utilisateur
        gestionnaire sign-up | 23514 | update demande_inscription set profil = 'GESTIONNAIRE'
        mandataire sign-up with a SIRET | 23514 | update demande_inscription set siret = '73282932000074'
        entreprise sign-up without SIRET | 23514 | update demande_inscription set profil = 'ENTREPRISE', raison_sociale = 'Durand'
        pending sign-up with a decision | 23514 | update demande_inscription set decidee_par = '00000000-0000-0000-0000-0000000000c1', decidee_le = now()
        validated sign-up without decision | 23514 | update demande_inscription set statut = 'VALIDEE'
        rejected sign-up without motif | 23514 | update demande_inscription set statut = 'REJETEE', decidee_par = '00000000-0000-0000-0000-0000000000c1', decidee_le = now()
        validated sign-up with a motif | 23514 | update demande_inscription set statut = 'VALIDEE', decidee_par = '00000000-0000-0000-0000-0000000000c1', decidee_le = now(), motif = 'ok'
        sign-up decided by an unknown account | 23503 | update demande_inscription set statut = 'VALIDEE', decidee_par = gen_random_uuid(), decidee_le = now()
        unknown audit type | 23514 | update evenement_audit set type = 'CONNEXION'
        audit ip that is not an address | 23514 | update evenement_audit set ip = 'localhost'
        empty audit detail | 23514 | update evenement_audit set detail = ''
        audit line of an unknown account | 23503 | update evenement_audit set utilisateur_id = gen_random_uuid()
        acceptance of an unknown version | 23503 | insert into acceptation_cgu values ('00000000-0000-0000-0000-0000000000c1', now(), '1999-01')
        CGU without english text | 23514 | update version_cgu set texte_en = ' '
        two CGU versions published at once | 23505 | insert into version_cgu select '2099-01', publiee_le, texte_fr, texte_en from version_cgu
        unknown numero throttled without failure | 23514 | insert into temporisation_sans_compte values ('12345678', 1, '{}', now())
        """)
    void refuses_a_row_that_breaks_a_rule(String regle, String sqlState, String instruction) {
        String sql = instruction.replace("$argon2id$v=19$m=19456,t=2,p=1$c2Vs$aGFjaGU", EMPREINTE);

        DataAccessException refus = assertThrows(DataAccessException.class, () -> dsl.execute(sql));

        assertEquals(sqlState, refus.sqlState(), regle);
    }
}
