package fr.espaceentreprise.adapters.web.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.demande.AffiliationSalarie;
import fr.espaceentreprise.domain.demande.MajModalitesPaiement;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.UnContenu;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContenuTest {

    private static final Traductions TRADUCTIONS = Traductions.depuisLesRessources();

    private static Page page(Langue langue) {
        return new Page(TRADUCTIONS.pour(langue), "J".repeat(43), "/demandes", Map.of(), Optional.empty());
    }

    @Test
    void the_api_gets_ids_as_strings_amounts_in_cents_and_iso_dates() {
        AffiliationSalarie affiliation = UnContenu.affiliationSalarie();

        Map<String, Object> json = Contenu.json(affiliation);

        assertEquals(affiliation.contratId().toString(), json.get("contratId"));
        assertEquals(450_000L, json.get("salaireReference"));
        assertEquals("1985-06-15", json.get("dateNaissance"));
        assertEquals("SN", json.get("paysExpatriation"));
        assertEquals("elise.durand@exemple.fr", json.get("email"));
    }

    @Test
    void a_value_of_several_fields_lends_them_to_the_page_each_with_its_label() {
        List<Contenu.Ligne> lignes = Contenu.lignes(UnContenu.majModalitesPaiement(), page(Langue.FR));

        assertTrue(lignes.contains(new Contenu.Ligne("Mode de paiement", "Prélèvement")), lignes.toString());
        assertTrue(lignes.contains(new Contenu.Ligne("Périodicité", "Trimestrielle")), lignes.toString());
        assertTrue(lignes.stream().anyMatch(ligne -> ligne.libelle().equals("IBAN")), lignes.toString());
    }

    @Test
    void an_iban_leaves_the_server_masked_but_its_last_four_characters_on_the_page_and_in_the_api() {
        MajModalitesPaiement contenu = UnContenu.majModalitesPaiement();
        String iban = contenu.modalites().iban().valeur();
        String fin = iban.substring(iban.length() - 4);

        Contenu.Ligne ligne = Contenu.lignes(contenu, page(Langue.FR)).stream()
                .filter(l -> l.libelle().equals("IBAN")).findFirst().orElseThrow();
        Object json = Contenu.json(contenu).get("iban");

        for (String montre : List.of(ligne.valeur(), String.valueOf(json))) {
            assertFalse(montre.contains(iban.substring(4, iban.length() - 4)), montre);
            assertTrue(montre.replace(" ", "").endsWith(fin), montre);
            assertTrue(montre.contains("•"), montre);
        }
    }

    @Test
    void an_adresse_is_shown_line_by_line_with_its_country_named_and_no_empty_line() {
        List<Contenu.Ligne> lignes = Contenu.lignes(UnContenu.majEntreprise(), page(Langue.EN));

        assertTrue(lignes.contains(new Contenu.Ligne("City", "Paris")), lignes.toString());
        assertTrue(lignes.contains(new Contenu.Ligne("Country", "France")), lignes.toString());
        assertFalse(lignes.stream().anyMatch(ligne -> ligne.libelle().equals("Address line 2")), lignes.toString());
    }

    @ParameterizedTest
    @EnumSource(TypeDemande.class)
    void every_field_of_every_type_has_a_label_in_both_languages(TypeDemande type) {
        ContenuDemande contenu = UnContenu.de(type);
        for (Langue langue : Langue.values()) {
            for (Contenu.Ligne ligne : Contenu.lignes(contenu, page(langue))) {
                assertFalse(ligne.valeur().contains("["), () -> "a record printed whole: " + ligne);
                assertTrue(Character.isUpperCase(ligne.libelle().charAt(0)), () -> "no label: " + ligne);
            }
        }
    }
}
