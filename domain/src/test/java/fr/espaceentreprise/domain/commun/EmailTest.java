package fr.espaceentreprise.domain.commun;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void trims_and_lower_cases_the_domain_but_keeps_the_local_part() {
        Email email = new Email("  Jean.Dupont@Exemple.FR \t");

        assertEquals("Jean.Dupont@exemple.fr", email.valeur());
        assertEquals("Jean.Dupont@exemple.fr", email.toString());
        assertEquals("exemple.fr", email.domaine());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.fr", "prenom.nom+rh@entreprise.co.uk", "o'brien@exemple.ie", "x_y-z@sous-domaine.exemple.com",
            "contact@xn--caf-dma.fr", "rh@café.fr"})
    void accepts_ordinary_addresses(String saisie) {
        assertEquals(saisie, new Email(saisie).valeur());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sans-arobase.fr", "deux@@exemple.fr", "a@b@exemple.fr", "@exemple.fr", "jean@", "jean@localhost",
            "jean@exemple..fr", "jean..dupont@exemple.fr", ".jean@exemple.fr", "jean.@exemple.fr", "jean@.exemple.fr",
            "jean@exemple.fr.", "jean dupont@exemple.fr", "jean@exem ple.fr", "jean@exemple.fr\r\nBcc: x@y.fr",
            "jean\n@exemple.fr", "jean\u0000@exemple.fr", "jean<x>@exemple.fr", "\"jean\"@exemple.fr", "jean,paul@exemple.fr",
            "jean@-exemple.fr", "jean@exemple-.fr", "jean@exem_ple.fr"})
    void rejects_malformed_addresses(String saisie) {
        assertValeurInvalide("email.invalide", "email", () -> new Email(saisie));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_address_is_reported_as_required(String saisie) {
        assertValeurInvalide("champ.obligatoire", "email", () -> new Email(saisie));
    }

    @Test
    void the_local_part_holds_at_most_64_characters() {
        String local64 = "a".repeat(64);

        assertEquals(local64 + "@exemple.fr", new Email(local64 + "@exemple.fr").valeur());
        assertValeurInvalide("email.invalide", "email", () -> new Email(local64 + "a@exemple.fr"));
    }

    @Test
    void the_whole_address_holds_at_most_254_characters() {
        // 64 + 1 + 189 = 254, with domain labels of at most 63 characters.
        String domaine = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(59) + ".exemple"; // 189
        String adresse254 = "d".repeat(64) + "@" + domaine;
        assertEquals(254, adresse254.length());

        assertEquals(adresse254, new Email(adresse254).valeur());
        String adresse255 = "d".repeat(64) + "@" + "c" + domaine;
        assertValeurInvalide("email.invalide", "email", () -> new Email(adresse255));
    }

    @Test
    void a_domain_label_holds_at_most_63_characters() {
        String label63 = "j@" + "a".repeat(63) + ".exemple.fr";

        assertEquals(label63, new Email(label63).valeur());
        assertValeurInvalide("email.invalide", "email", () -> new Email("j@" + "a".repeat(64) + ".fr"));
    }

    @Test
    void two_addresses_differing_only_by_the_case_of_the_domain_are_equal() {
        assertEquals(new Email("rh@exemple.fr"), new Email("rh@EXEMPLE.fr"));
    }

    @ParameterizedTest
    @CsvSource({
            "jean.dupont@example.com, j•••@example.com",
            "J@Example.COM, J•••@example.com",
            "o'brien@exemple.ie, o•••@exemple.ie",
            "élodie@café.fr, é•••@café.fr"})
    void the_masked_address_shows_the_first_character_of_the_local_part_and_the_domain(String adresse,
                                                                                        String masque) {
        assertEquals(masque, new Email(adresse).masque());
    }

    @Test
    void the_masked_address_hides_the_length_of_the_local_part() {
        assertEquals(new Email("a@exemple.fr").masque(), new Email("abcdefghij@exemple.fr").masque());
    }

    @Test
    void a_local_part_starting_with_a_character_outside_the_basic_plane_keeps_it_whole() {
        assertEquals("\uD835\uDC9C•••@exemple.fr", new Email("\uD835\uDC9Cb@exemple.fr").masque());
    }
}
