package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENROLEMENT_SECOND_FACTEUR;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SECOND_FACTEUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.commun.ChiffrementSecrets;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.domain.compte.CodeDeSecours;
import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The TOTP secrets at rest: encrypted under the key the factory was given, unreadable without it, and bound to their
 * row. What the port promises besides is in its contract.
 */
class JooqSecondsFacteursRepositoryTest {

    private static final Instant T = Instant.parse("2026-11-27T08:00:00.000001Z");
    /** RFC 6238's secret, "12345678901234567890". */
    private static final SecretTotp SECRET = SecretTotp.depuisBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    private static final SecretTotp SECRET_ENROLE = SecretTotp.depuisBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final CleDeChiffrement cle = CleDeChiffrement.nouvelle();
    private final JooqSecondsFacteursRepository facteurs = sous(cle);
    private final UtilisateurId compte = Comptes.unCompte(dsl);

    private static JooqSecondsFacteursRepository sous(CleDeChiffrement cle) {
        return new JooqSecondsFacteursRepository(dsl, new ChiffrementSecrets(cle));
    }

    private void enregistrer(UtilisateurId utilisateurId, SecretTotp secret) {
        facteurs.enregistrer(SecondFacteur.rehydrater(utilisateurId, secret, T, 0,
                List.of(CodeDeSecours.nouveau("AAAA-BBBB-CCCC-DDDD"))));
    }

    private byte[] chiffre(UtilisateurId utilisateurId) {
        return dsl.select(SECOND_FACTEUR.SECRET_CHIFFRE).from(SECOND_FACTEUR)
                .where(SECOND_FACTEUR.UTILISATEUR_ID.eq(utilisateurId.valeur())).fetchSingle().value1();
    }

    @Test
    void neither_table_holds_the_secret_in_clear_in_any_form() {
        enregistrer(compte, SECRET);
        facteurs.enregistrerEnrolement(new EnrolementSecondFacteur(compte, SECRET_ENROLE, T));

        for (String table : List.of("second_facteur", "enrolement_second_facteur")) {
            String ligne = dsl.select(DSL.field("t::text", String.class)).from(DSL.table(table + " t"))
                    .where(DSL.field("t.utilisateur_id").eq(compte.valeur())).fetchSingle().value1()
                    .toLowerCase(Locale.ROOT);
            for (SecretTotp secret : List.of(SECRET, SECRET_ENROLE)) {
                assertFalse(ligne.contains(HexFormat.of().formatHex(secret.octets())), table + ": " + ligne);
                assertFalse(ligne.contains(secret.enBase32().toLowerCase(Locale.ROOT)), table + ": " + ligne);
            }
        }
        assertEquals(ChiffrementSecrets.OCTETS_NONCE + SecretTotp.OCTETS + ChiffrementSecrets.OCTETS_ETIQUETTE,
                chiffre(compte).length);
        assertEquals(SECRET, facteurs.trouver(compte).orElseThrow().secret());
        assertEquals(SECRET_ENROLE, facteurs.trouverEnrolement(compte).orElseThrow().secret());
    }

    @Test
    void the_same_secret_saved_twice_is_encrypted_twice_differently() {
        enregistrer(compte, SECRET);
        byte[] premier = chiffre(compte);

        enregistrer(compte, SECRET);

        assertFalse(HexFormat.of().formatHex(premier).equals(HexFormat.of().formatHex(chiffre(compte))));
    }

    @Test
    void another_key_cannot_read_a_secret_and_the_same_key_read_from_its_base64_can() {
        enregistrer(compte, SECRET);
        facteurs.enregistrerEnrolement(new EnrolementSecondFacteur(compte, SECRET_ENROLE, T));
        JooqSecondsFacteursRepository autreCle = sous(CleDeChiffrement.nouvelle());

        IllegalStateException refus = assertThrows(IllegalStateException.class, () -> autreCle.trouver(compte));
        assertThrows(IllegalStateException.class, () -> autreCle.trouverEnrolement(compte));

        assertTrue(refus.getMessage().contains(CleDeChiffrement.VARIABLE), refus.getMessage());
        assertEquals(SECRET, sous(CleDeChiffrement.depuisBase64(cle.enBase64())).trouver(compte).orElseThrow()
                .secret());
    }

    @Test
    void a_secret_copied_into_another_account_s_row_or_table_does_not_read() {
        UtilisateurId autre = Comptes.unCompte(dsl);
        enregistrer(compte, SECRET);
        enregistrer(autre, SECRET_ENROLE);
        facteurs.enregistrerEnrolement(new EnrolementSecondFacteur(compte, SECRET_ENROLE, T));

        dsl.update(SECOND_FACTEUR).set(SECOND_FACTEUR.SECRET_CHIFFRE, chiffre(compte))
                .where(SECOND_FACTEUR.UTILISATEUR_ID.eq(autre.valeur())).execute();
        dsl.update(ENROLEMENT_SECOND_FACTEUR).set(ENROLEMENT_SECOND_FACTEUR.SECRET_CHIFFRE, chiffre(compte))
                .where(ENROLEMENT_SECOND_FACTEUR.UTILISATEUR_ID.eq(compte.valeur())).execute();

        assertThrows(IllegalStateException.class, () -> facteurs.trouver(autre));
        assertThrows(IllegalStateException.class, () -> facteurs.trouverEnrolement(compte));
    }
}
