package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephoneTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "+33254455677            | +33254455677",
            "+33 2 54 45 56 77       | +33254455677",
            "+33 (0)2 54 45 56 77    | +33254455677",
            "+33(0)254455677         | +33254455677",
            "0033 2 54 45 56 77      | +33254455677",
            "0033 (0)2 54 45 56 77   | +33254455677",
            "02 54 45 56 77          | +33254455677",
            "02.54.45.56.77          | +33254455677",
            "02-54-45-56-77          | +33254455677",
            "06 12 34 56 78          | +33612345678",
            "(02) 54 45 56 77        | +33254455677",
            "+33 02 54 45 56 77      | +33254455677",
            "+44 (0)20 7123 4567     | +442071234567",
            "0044 20 7123 4567       | +442071234567",
            "+1 (212) 555-0123       | +12125550123",
            "+49 30 1234567          | +49301234567",
            "+971 4 123 4567         | +97141234567",
            "+86 10 1234 5678        | +861012345678",
            "+12345678               | +12345678",
            "+123456789012345        | +123456789012345"})
    void normalises_to_e164(String saisie, String attendu) {
        Telephone telephone = new Telephone(saisie);

        assertEquals(attendu, telephone.valeur());
        assertEquals(attendu, telephone.toString());
    }

    @Test
    void accepts_no_break_spaces() {
        assertEquals("+33254455677", new Telephone("02\u00A054\u00A045\u00A056\u00A077").valeur());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+1234567",            // 7 digits
            "+1234567890123456",   // 16 digits
            "+0123456789",         // country code cannot start with 0
            "000123456789",        // "00" then a 0
            "2 54 45 56 77",       // no prefix, not a French national number
            "12 54 45 56 77",      // 10 digits without prefix nor leading 0
            "0254455677 8",        // 11 digits without prefix
            "025445567",           // 9 digits without prefix
            "+33 2 54 45 56 7",    // French number one digit short
            "+33 2 54 45 56 77 8", // French number one digit long
            "+33 0 54 45 56 77",   // French significant number starting with 0
            "+33 (0)0 54 45 56 77",
            "+33 2 54 45 56 7A",
            "+33/254455677",
            "+33+254455677",
            "tel:+33254455677",
            "+",
            "abc"})
    void rejects_what_cannot_be_a_phone_number(String saisie) {
        assertValeurInvalide("telephone.invalide", "telephone", () -> new Telephone(saisie));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_number_is_reported_as_required(String saisie) {
        assertValeurInvalide("champ.obligatoire", "telephone", () -> new Telephone(saisie));
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', value = {
            "+33254455677    | +33 2 54 45 56 77",
            "+33612345678    | +33 6 12 34 56 78",
            "+442071234567   | +44 2071234567",
            "+12125550123    | +1 2125550123",
            "+74951234567    | +7 4951234567",
            "+97141234567    | +971 41234567",
            "+3521234567     | +352 1234567",
            "+2250123456789  | +225 0123456789"})
    void is_formatted_for_display(String e164, String affichage) {
        assertEquals(affichage, new Telephone(e164).formate());
    }

    @Test
    void the_same_number_typed_two_ways_is_equal() {
        assertEquals(new Telephone("02 54 45 56 77"), new Telephone("+33 (0)2 54 45 56 77"));
    }
}
