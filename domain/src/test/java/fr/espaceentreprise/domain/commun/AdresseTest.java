package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AdresseTest {

    @Test
    void trims_every_line() {
        Adresse adresse = new Adresse("  12 rue de la Paix ", " Bâtiment B ", " 75002 ", " Paris ", CodePays.FRANCE);

        assertEquals("12 rue de la Paix", adresse.ligne1());
        assertEquals("Bâtiment B", adresse.ligne2());
        assertEquals("75002", adresse.codePostal());
        assertEquals("Paris", adresse.ville());
        assertEquals(CodePays.FRANCE, adresse.pays());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void the_second_line_is_optional(String ligne2) {
        assertNull(UneAdresse.aParis().ligne2(ligne2).build().ligne2());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void the_first_line_is_required(String ligne1) {
        assertValeurInvalide("champ.obligatoire", "adresseLigne1", () -> UneAdresse.aParis().ligne1(ligne1).build());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void the_postal_code_is_required(String codePostal) {
        assertValeurInvalide("champ.obligatoire", "codePostal", () -> UneAdresse.aLondres().codePostal(codePostal).build());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void the_city_is_required(String ville) {
        assertValeurInvalide("champ.obligatoire", "ville", () -> UneAdresse.aParis().ville(ville).build());
    }

    @Test
    void the_country_is_required() {
        assertValeurInvalide("champ.obligatoire", "pays", () -> UneAdresse.aParis().pays(null).build());
    }

    @Test
    void lines_and_city_hold_at_most_38_characters() {
        String ligne38 = "x".repeat(38);

        Adresse adresse = UneAdresse.aParis().ligne1(ligne38).ligne2(ligne38).ville(ligne38).build();
        assertEquals(ligne38, adresse.ligne1());
        assertEquals(ligne38, adresse.ligne2());
        assertEquals(ligne38, adresse.ville());

        String ligne39 = ligne38 + "x";
        ValeurInvalideException erreur = assertValeurInvalide(
                "champ.trop_long", "adresseLigne1", () -> UneAdresse.aParis().ligne1(ligne39).build());
        assertEquals(Map.of("max", 38), erreur.parametres());
        assertValeurInvalide("champ.trop_long", "adresseLigne2", () -> UneAdresse.aParis().ligne2(ligne39).build());
        assertValeurInvalide("champ.trop_long", "ville", () -> UneAdresse.aParis().ville(ligne39).build());
    }

    @Test
    void a_postal_code_holds_at_most_10_characters() {
        assertEquals("1234567890", UneAdresse.aLondres().codePostal("1234567890").build().codePostal());
        assertValeurInvalide("champ.trop_long", "codePostal", () -> UneAdresse.aLondres().codePostal("12345678901").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7500", "750020", "75 002", "2A004", "ABCDE"})
    void a_french_postal_code_is_five_digits(String codePostal) {
        assertValeurInvalide("adresse.codePostal.invalide", "codePostal",
                () -> UneAdresse.aParis().codePostal(codePostal).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GP", "RE", "MC", "NC"})
    void overseas_france_and_monaco_use_french_postal_codes_too(String pays) {
        assertEquals("97100", UneAdresse.aParis().codePostal("97100").pays(pays).build().codePostal());
        assertValeurInvalide("adresse.codePostal.invalide", "codePostal",
                () -> UneAdresse.aParis().codePostal("971").pays(pays).build());
    }

    @Test
    void a_foreign_postal_code_is_kept_in_upper_case() {
        assertEquals("SW1A 2AA", UneAdresse.aLondres().codePostal(" sw1a 2aa ").build().codePostal());
        assertEquals("1010", UneAdresse.aLondres().codePostal("1010").pays("AT").build().codePostal());
        assertEquals("00-950", UneAdresse.aLondres().codePostal("00-950").pays("PL").build().codePostal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A  2AA", "SW1A_2AA", "<b>", "12/34", "-1234"})
    void a_foreign_postal_code_is_letters_and_digits_separated_by_a_space_or_a_dash(String codePostal) {
        assertValeurInvalide("adresse.codePostal.invalide", "codePostal",
                () -> UneAdresse.aLondres().codePostal(codePostal).build());
    }
}
