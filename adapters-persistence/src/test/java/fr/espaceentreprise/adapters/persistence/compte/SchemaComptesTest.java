package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The accounts' tables refuse rows the domain could never produce, a clear secret first of all, and take every value
 * of the domain's closed lists. Each refused statement changes one thing in an otherwise valid row; the SQLSTATE
 * says which kind of constraint caught it (23514 check, 23503 foreign key, 23505 unique, 23502 not null).
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
    private static final Pattern SANS_SECRET = Pattern.compile("^empreinte_.*|.*_expire_le$|.*_essais_restants$"
            + "|.*_adresse$|^secret_chiffre$|^par_mot_de_passe_provisoire$");
    /** An AES-GCM ciphertext of a 20-byte secret: nonce, ciphertext and tag (what the adapter writes). */
    private static final String CHIFFRE = "decode(repeat('ab', 48), 'hex')";

    private static DSLContext dsl;

    @BeforeAll
    static void unCompteEtSesLignes() {
        dsl = PostgresTestDatabase.nouveauSchema();
        dsl.execute("insert into utilisateur values (" + COMPTE + ", '55555555', 'GESTIONNAIRE', null, null,"
                + " 'Durand', 'Anne', 'a@b.fr', 'FR', 'ACTIF')");
        dsl.execute("insert into identifiants (utilisateur_id, empreinte_mot_de_passe) values (" + COMPTE + ", "
                + EMPREINTE + ")");
        dsl.execute("insert into session_utilisateur (id, empreinte_jeton, utilisateur_id, ouverte_le,"
                + " derniere_activite, ip, navigateur) values (" + SESSION + ", " + SHA256 + ", " + COMPTE
                + ", now(), now(), '203.0.113.7', 'FIREFOX')");
        dsl.execute("insert into second_facteur values (" + COMPTE + ", " + CHIFFRE + ", now(), 0)");
        dsl.execute("insert into code_de_secours values (" + COMPTE + ", " + SHA256 + ", null)");
        dsl.execute("insert into enrolement_second_facteur values (" + COMPTE + ", " + CHIFFRE + ", now())");
        dsl.execute("insert into connexion_en_attente values (" + SHA256 + ", " + COMPTE + ", false, now())");
        dsl.execute("insert into jeton_api values (gen_random_uuid(), " + SHA256 + ", " + COMPTE + ", 'SIRH',"
                + " 'LECTURE', now(), now() + interval '30 days', null, null)");
        dsl.execute("insert into appareil values (" + COMPTE + ", " + SHA256 + ", now())");
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
                "empreinte_mot_de_passe_provisoire", "empreinte_code_email", "secret_chiffre")),
                "the rule sees the hashes and the encrypted secrets: " + secretes);
        assertAll(secretes.stream().map(nom -> () ->
                assertTrue(SANS_SECRET.matcher(nom).matches(), nom + " looks like a secret in clear")));
        assertFalse(colonnes.contains("jeton"));
    }

    @ParameterizedTest
    @EnumSource(TypeNotification.class)
    void every_kind_of_mail_can_be_queued(TypeNotification type) {
        dsl.execute("insert into boite_d_envoi (id, message_id, type, destinataire, langue, utilisateur_id,"
                + " parametres, cree_le, prochain_essai) values (gen_random_uuid(), '<' || gen_random_uuid()"
                + " || '@test>', ?, 'a@b.fr', 'FR', " + COMPTE + ", '{}', now(), now())", type.name());
    }

    @ParameterizedTest
    @EnumSource(EtapeObligatoire.class)
    void every_pending_step_can_be_kept(EtapeObligatoire etape) {
        dsl.execute("update session_utilisateur set etapes_en_attente = array[?]", etape.name());
    }

    @ParameterizedTest
    @EnumSource(FamilleNavigateur.class)
    void every_browser_family_can_be_kept(FamilleNavigateur navigateur) {
        dsl.execute("update session_utilisateur set navigateur = ?", navigateur.name());
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
        token hash taken twice | 23505 | insert into session_utilisateur (id, empreinte_jeton, utilisateur_id, ouverte_le, derniere_activite, ip, navigateur) select gen_random_uuid(), empreinte_jeton, utilisateur_id, ouverte_le, derniere_activite, ip, navigateur from session_utilisateur
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
        session without its address | 23502 | update session_utilisateur set ip = null
        session address that is not one | 23514 | update session_utilisateur set ip = 'localhost'
        unknown browser family | 23514 | update session_utilisateur set navigateur = 'NETSCAPE'
        TOTP secret in clear | 23514 | update second_facteur set secret_chiffre = decode(repeat('ab', 20), 'hex')
        TOTP secret in base 32 | 23514 | update second_facteur set secret_chiffre = convert_to('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'UTF8')
        second factor of an unknown account | 23503 | insert into second_facteur values (gen_random_uuid(), decode(repeat('ab', 48), 'hex'), now(), 0)
        two second factors for one account | 23505 | insert into second_facteur select * from second_facteur
        recovery code in clear | 23514 | update code_de_secours set empreinte_code = 'AAAA-BBBB-CCCC-DDDD'
        recovery code of no second factor | 23503 | insert into code_de_secours values (gen_random_uuid(), repeat('cd', 32), null)
        recovery code stored twice | 23505 | insert into code_de_secours select * from code_de_secours
        enrolment secret in clear | 23514 | update enrolement_second_facteur set secret_chiffre = decode(repeat('ab', 20), 'hex')
        two enrolments for one account | 23505 | insert into enrolement_second_facteur select * from enrolement_second_facteur
        waiting login token instead of its hash | 23514 | update connexion_en_attente set empreinte_jeton = 'jeton-en-clair'
        waiting login of an unknown account | 23503 | update connexion_en_attente set utilisateur_id = gen_random_uuid()
        API token instead of its hash | 23514 | update jeton_api set empreinte_jeton = 'jeton-en-clair'
        API token hash taken twice | 23505 | insert into jeton_api select gen_random_uuid(), empreinte_jeton, utilisateur_id, nom, droits, cree_le, expire_le from jeton_api
        API token of unknown rights | 23514 | update jeton_api set droits = 'ADMIN'
        API token without a name | 23514 | update jeton_api set nom = ''
        API token of 81 characters | 23514 | update jeton_api set nom = repeat('a', 81)
        API token expiring when created | 23514 | update jeton_api set expire_le = cree_le
        API token living more than 366 days | 23514 | update jeton_api set expire_le = cree_le + interval '366 days 1 second'
        API token of an unknown account | 23503 | update jeton_api set utilisateur_id = gen_random_uuid()
        browser identifier instead of its hash | 23514 | update appareil set empreinte_appareil = 'appareil-en-clair'
        browser known twice to one account | 23505 | insert into appareil select * from appareil
        browser of an unknown account | 23503 | update appareil set utilisateur_id = gen_random_uuid()
        """)
    void refuses_a_row_that_breaks_a_rule(String regle, String sqlState, String instruction) {
        String sql = instruction.replace("$argon2id$v=19$m=19456,t=2,p=1$c2Vs$aGFjaGU", EMPREINTE);

        DataAccessException refus = assertThrows(DataAccessException.class, () -> dsl.execute(sql));

        assertEquals(sqlState, refus.sqlState(), regle);
    }
}
