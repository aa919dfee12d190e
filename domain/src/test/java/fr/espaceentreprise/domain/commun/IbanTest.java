package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @CsvSource({
            "FR76 3000 6000 0112 3456 7890 189, FR",
            "FR14 2004 1010 0505 0001 3M02 606, FR",
            "DE89 3704 0044 0532 0130 00, DE",
            "ES91 2100 0418 4502 0005 1332, ES",
            "GB29 NWBK 6016 1331 9268 19, GB",
            "BE68 5390 0754 7034, BE",
            "IT60 X054 2811 1010 0000 0123 456, IT",
            "CH93 0076 2011 6238 5295 7, CH",
            "NL91 ABNA 0417 1643 00, NL",
            "AT61 1904 3002 3457 3201, AT",
            "LU28 0019 4006 4475 0000, LU",
            "PT50 0002 0123 1234 5678 9015 4, PT",
            "MC58 1122 2000 0101 2345 6789 030, MC",
            "NO93 8601 1117 947, NO",
            "MT84 MALT 0110 0001 2345 MTLC AST0 01S, MT",
            "LC55 HEMM 0001 0001 0012 0012 0002 3015, LC",
    })
    void accepts_a_real_iban_written_in_groups_and_in_lower_case(String saisie, String pays) {
        String attendu = saisie.replace(" ", "");

        assertEquals(attendu, new Iban(saisie).valeur());
        assertEquals(attendu, new Iban(saisie.toLowerCase(Locale.ROOT)).valeur());
        assertEquals(attendu, new Iban(attendu).toString());
        assertEquals(new CodePays(pays), new Iban(saisie).pays());
    }

    @Test
    void removes_every_kind_of_space() {
        assertEquals("FR7630006000011234567890189", new Iban(" FR76\u00A03000\t6000 0112 3456 7890 189 ").valeur());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR77 3000 6000 0112 3456 7890 189",
            "DE88 3704 0044 0532 0130 00",
            "GB28 NWBK 6016 1331 9268 19",
            "CH94 0076 2011 6238 5295 7",
            "IT61 X054 2811 1010 0000 0123 456"})
    void rejects_wrong_check_digits(String saisie) {
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(saisie));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR76 3000 6000 0112 3456 7890 198",
            "DE89 3704 0044 0532 0130 01",
            "ES91 2100 0418 4502 0005 1323",
            "BE68 5390 0754 7043"})
    void rejects_a_typo_in_the_account_number(String saisie) {
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(saisie));
    }

    @Test
    void rejects_a_french_iban_of_the_wrong_length_even_when_its_check_digits_are_right() {
        String tropCourt = avecCle("FR", "3000600001123456789018");
        String tropLong = avecCle("FR", "3000600001123456789018900");
        assertEquals(26, tropCourt.length());
        assertEquals(29, tropLong.length());

        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(tropCourt));
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(tropLong));
        assertDoesNotThrow(() -> new Iban(avecCle("FR", "30006000011234567890189")));
    }

    @Test
    void rejects_a_german_iban_of_the_french_length() {
        String allemandTropLong = avecCle("DE", "37040044053201300000000");

        assertEquals(27, allemandTropLong.length());
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(allemandTropLong));
    }

    @Test
    void rejects_a_country_missing_from_the_registry_even_with_right_check_digits() {
        // Kosovo is in the IBAN registry but XK is not an ISO 3166-1 code.
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban("XK05 1212 0123 4567 8906"));
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(avecCle("US", "123456789012345678")));
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(avecCle("ZZ", "123456789012345678")));
    }

    @Test
    void rejects_check_digits_outside_02_to_98_even_when_mod_97_holds() {
        String bbanCle00 = bbanDonnantLaCle("DE", 0);
        String bbanCle01 = bbanDonnantLaCle("DE", 1);
        assertEquals(BigInteger.ONE, reste(bbanCle00 + "DE00"));
        assertEquals(BigInteger.ONE, reste(bbanCle01 + "DE01"));

        assertValeurInvalide("iban.invalide", "iban", () -> new Iban("DE00" + bbanCle00));
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban("DE01" + bbanCle01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR76-3000-6000-0112-3456-7890-189", "FR7A30006000011234567890189", "1R7630006000011234567890189",
            "FR76300060000112345678901é9", "FR", "FR76", "F"})
    void rejects_malformed_input(String saisie) {
        assertValeurInvalide("iban.invalide", "iban", () -> new Iban(saisie));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_iban_is_reported_as_required(String saisie) {
        assertValeurInvalide("champ.obligatoire", "iban", () -> new Iban(saisie));
    }

    @Test
    void is_formatted_in_groups_of_four() {
        assertEquals("FR76 3000 6000 0112 3456 7890 189", new Iban("fr7630006000011234567890189").formate());
        assertEquals("BE68 5390 0754 7034", new Iban("BE68539007547034").formate());
    }

    @Test
    void the_mask_shows_only_the_last_four_characters_in_groups_of_four() {
        assertEquals("•••• •••• •••• •••• •••• •••0 189", new Iban("FR7630006000011234567890189").masque());
        assertEquals("•••• •••• •••• 7034", new Iban("BE68539007547034").masque());
        assertEquals("•••• •••• •••• •••• ••30 00", new Iban("DE89370400440532013000").masque());
    }

    @Test
    void the_french_length_is_27() {
        assertEquals(27, Iban.LONGUEURS.get("FR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB", "MC", "SM", "VA", "AD",
            "GI", "AL", "MD", "ME", "MK", "RS"})
    void every_sepa_country_has_a_length(String pays) {
        assertTrue(Iban.LONGUEURS.containsKey(pays), pays);
        String iban = avecCle(pays, "1".repeat(Iban.LONGUEURS.get(pays) - 4));
        assertEquals(iban, new Iban(iban).valeur());
    }

    @Test
    void every_country_of_the_length_table_is_an_iso_country() {
        Iban.LONGUEURS.keySet().forEach(pays -> assertDoesNotThrow(() -> new CodePays(pays), pays));
    }

    /** Builds an IBAN with the right check digits, whatever its length. */
    private static String avecCle(String pays, String bban) {
        int cle = 98 - reste(bban + pays + "00").intValueExact();
        return pays + (cle < 10 ? "0" + cle : String.valueOf(cle)) + bban;
    }

    /** A numeric BBAN of the country's length for which the given check digits satisfy mod 97. */
    private static String bbanDonnantLaCle(String pays, int cle) {
        int longueur = Iban.LONGUEURS.get(pays) - 4;
        String suffixe = pays + (cle < 10 ? "0" + cle : String.valueOf(cle));
        for (long n = 0; ; n++) {
            String bban = String.format("%0" + longueur + "d", n);
            if (reste(bban + suffixe).equals(BigInteger.ONE)) {
                return bban;
            }
        }
    }

    private static BigInteger reste(String reordonne) {
        StringBuilder chiffres = new StringBuilder();
        for (char c : reordonne.toCharArray()) {
            chiffres.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(chiffres.toString()).mod(BigInteger.valueOf(97));
    }
}
