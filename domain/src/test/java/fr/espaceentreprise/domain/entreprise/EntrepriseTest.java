package fr.espaceentreprise.domain.entreprise;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntrepriseTest {

    private static final EntrepriseId ID = EntrepriseId.nouveau();
    private static final NumeroAdherent NUMERO = new NumeroAdherent("12345678");
    private static final Siret SIRET = new Siret("73282932000074");
    private static final Adresse ADRESSE = new Adresse("3 quai Kléber", "Bâtiment B", "67000", "Strasbourg",
            CodePays.FRANCE);
    private static final Email EMAIL = new Email("contact@durand.fr");
    private static final Telephone TELEPHONE = new Telephone("03 88 00 00 00");
    private static final ModalitesPaiement VIREMENT = ModalitesPaiement.virement(Periodicite.SEMESTRIELLE);

    @Test
    void a_registered_company_keeps_what_it_was_given() {
        Entreprise entreprise = Entreprise.enregistrer(ID, NUMERO, "Durand SA", SIRET, ADRESSE, EMAIL, TELEPHONE,
                VIREMENT);

        assertEquals(ID, entreprise.id());
        assertEquals(NUMERO, entreprise.numeroAdherent());
        assertEquals("Durand SA", entreprise.raisonSociale());
        assertEquals(SIRET, entreprise.siret());
        assertEquals(ADRESSE, entreprise.adresseCorrespondance());
        assertEquals(EMAIL, entreprise.email());
        assertEquals(Optional.of(TELEPHONE), entreprise.telephone());
        assertEquals(VIREMENT, entreprise.modalitesPaiement());
    }

    @Test
    void the_telephone_is_optional() {
        Entreprise entreprise = UneEntreprise.parDefaut().sansTelephone().build();

        assertTrue(entreprise.telephone().isEmpty());
    }

    @Test
    void the_company_name_is_trimmed() {
        assertEquals("Durand SA", UneEntreprise.nommee("  Durand SA ").build().raisonSociale());
    }

    @Test
    void a_company_name_of_100_characters_is_accepted() {
        String nom = "A".repeat(100);

        assertEquals(nom, UneEntreprise.nommee(nom).build().raisonSociale());
    }

    @Test
    void a_company_name_longer_than_100_characters_is_refused_with_the_maximum() {
        ValeurInvalideException erreur = assertValeurInvalide("champ.trop_long", "raisonSociale",
                () -> UneEntreprise.nommee("A".repeat(101)).build());

        assertEquals(Map.of("max", 100), erreur.parametres());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_company_name_is_refused(String nom) {
        assertValeurInvalide("champ.obligatoire", "raisonSociale", () -> UneEntreprise.nommee(nom).build());
    }

    @Test
    void every_mandatory_piece_of_information_is_checked_at_registration() {
        assertValeurInvalide("champ.obligatoire", "id", () -> Entreprise.enregistrer(
                null, NUMERO, "Durand SA", SIRET, ADRESSE, EMAIL, TELEPHONE, VIREMENT));
        assertValeurInvalide("champ.obligatoire", "numeroAdherent", () -> Entreprise.enregistrer(
                ID, null, "Durand SA", SIRET, ADRESSE, EMAIL, TELEPHONE, VIREMENT));
        assertValeurInvalide("champ.obligatoire", "raisonSociale", () -> Entreprise.enregistrer(
                ID, NUMERO, null, SIRET, ADRESSE, EMAIL, TELEPHONE, VIREMENT));
        assertValeurInvalide("champ.obligatoire", "siret", () -> Entreprise.enregistrer(
                ID, NUMERO, "Durand SA", null, ADRESSE, EMAIL, TELEPHONE, VIREMENT));
        assertValeurInvalide("champ.obligatoire", "adresse", () -> Entreprise.enregistrer(
                ID, NUMERO, "Durand SA", SIRET, null, EMAIL, TELEPHONE, VIREMENT));
        assertValeurInvalide("champ.obligatoire", "email", () -> Entreprise.enregistrer(
                ID, NUMERO, "Durand SA", SIRET, ADRESSE, null, TELEPHONE, VIREMENT));
        assertValeurInvalide("champ.obligatoire", "modalitesPaiement", () -> Entreprise.enregistrer(
                ID, NUMERO, "Durand SA", SIRET, ADRESSE, EMAIL, TELEPHONE, null));
    }

    @Test
    void modifying_the_information_replaces_all_of_it() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();

        entreprise.modifierInformations(" Durand SA ", ADRESSE, SIRET, EMAIL, TELEPHONE);

        assertEquals("Durand SA", entreprise.raisonSociale());
        assertEquals(ADRESSE, entreprise.adresseCorrespondance());
        assertEquals(SIRET, entreprise.siret());
        assertEquals(EMAIL, entreprise.email());
        assertEquals(Optional.of(TELEPHONE), entreprise.telephone());
    }

    @Test
    void modifying_the_information_without_a_telephone_removes_it() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();

        entreprise.modifierInformations("Durand SA", ADRESSE, SIRET, EMAIL, null);

        assertTrue(entreprise.telephone().isEmpty());
    }

    @Test
    void a_refused_modification_changes_nothing() {
        Entreprise entreprise = UneEntreprise.nommee("Expat Conseil SAS").build();
        Siret siretAvant = entreprise.siret();

        assertValeurInvalide("champ.obligatoire", "email",
                () -> entreprise.modifierInformations("Durand SA", ADRESSE, SIRET, null, TELEPHONE));

        assertEquals("Expat Conseil SAS", entreprise.raisonSociale());
        assertEquals(siretAvant, entreprise.siret());
        assertNotEquals(ADRESSE, entreprise.adresseCorrespondance());
    }

    @Test
    void a_modification_checks_the_company_name_as_registration_does() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();

        assertValeurInvalide("champ.trop_long", "raisonSociale",
                () -> entreprise.modifierInformations("A".repeat(101), ADRESSE, SIRET, EMAIL, TELEPHONE));
        assertValeurInvalide("champ.obligatoire", "adresse",
                () -> entreprise.modifierInformations("Durand SA", null, SIRET, EMAIL, TELEPHONE));
        assertValeurInvalide("champ.obligatoire", "siret",
                () -> entreprise.modifierInformations("Durand SA", ADRESSE, null, EMAIL, TELEPHONE));
    }

    @Test
    void the_payment_details_can_be_changed() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();

        entreprise.changerModalitesPaiement(VIREMENT);

        assertEquals(VIREMENT, entreprise.modalitesPaiement());
    }

    @Test
    void the_payment_details_cannot_be_removed() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();
        ModalitesPaiement avant = entreprise.modalitesPaiement();

        assertValeurInvalide("champ.obligatoire", "modalitesPaiement", () -> entreprise.changerModalitesPaiement(null));
        assertEquals(avant, entreprise.modalitesPaiement());
    }

    @Test
    void a_rehydrated_company_is_the_stored_one() {
        Entreprise entreprise = Entreprise.rehydrater(ID, NUMERO, "Durand SA", SIRET, ADRESSE, EMAIL, null, VIREMENT);

        assertEquals(ID, entreprise.id());
        assertEquals("Durand SA", entreprise.raisonSociale());
        assertTrue(entreprise.telephone().isEmpty());
        assertEquals(VIREMENT, entreprise.modalitesPaiement());
    }

    @Test
    void the_builder_gives_each_company_its_own_member_number_and_a_valid_siret() {
        Entreprise une = UneEntreprise.parDefaut().build();
        Entreprise autre = UneEntreprise.parDefaut().build();

        assertNotEquals(une.numeroAdherent(), autre.numeroAdherent());
        assertNotEquals(une.siret(), autre.siret());
    }
}
