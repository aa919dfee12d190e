package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalarieTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2024, 6, 15);

    private static Salarie enregistrer(String nom, String prenom, LocalDate dateNaissance, Montant salaire) {
        return Salarie.enregistrer(SalarieId.nouveau(), EntrepriseId.nouveau(), nom, prenom, dateNaissance,
                new Email("l.wrobel@example.pl"), new CodePays("PL"), salaire, AUJOURDHUI);
    }

    private static Salarie enregistrer(String nom, String prenom) {
        return enregistrer(nom, prenom, LocalDate.of(1990, 1, 1), Montant.centimes(3_000_00));
    }

    private static Salarie enregistrer(LocalDate dateNaissance) {
        return enregistrer("Durand", "Camille", dateNaissance, Montant.centimes(3_000_00));
    }

    private static void assertCodeEtChamp(String code, String champ, ValeurInvalideException e) {
        assertEquals(code, e.code());
        assertEquals(Optional.of(champ), e.champ());
    }

    @Test
    void registers_a_salarie_with_every_field_given() {
        SalarieId id = SalarieId.nouveau();
        EntrepriseId entrepriseId = EntrepriseId.nouveau();

        Salarie salarie = Salarie.enregistrer(id, entrepriseId, "Wróbel", "Łukasz", LocalDate.of(1990, 1, 1),
                new Email("l.wrobel@example.pl"), new CodePays("PL"), Montant.centimes(3_000_00), AUJOURDHUI);

        assertEquals(id, salarie.id());
        assertEquals(entrepriseId, salarie.entrepriseId());
        assertEquals("Wróbel", salarie.nom());
        assertEquals("Łukasz", salarie.prenom());
        assertEquals(LocalDate.of(1990, 1, 1), salarie.dateNaissance());
        assertEquals(Optional.of(new Email("l.wrobel@example.pl")), salarie.email());
        assertEquals(new CodePays("PL"), salarie.paysExpatriation());
        assertEquals(Montant.centimes(3_000_00), salarie.salaireReference());
        assertTrue(salarie.affiliations().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wróbel          | Łukasz",
            "Çelik           | Şükrü",
            "Nguyễn          | Thị Minh Khai",
            "Ørsted-Ågård    | Søren",
            "O'Connor        | Seán",
            "D’Almeida       | João",
            "Иванова         | Ольга",
            "Παπαδόπουλος    | Γιώργος",
            "محمد            | علي",
            "李              | 小龍",
            "St. John        | Jean-Pierre"})
    void accepts_names_written_with_the_letters_of_any_alphabet(String nom, String prenom) {
        Salarie salarie = enregistrer(nom, prenom);

        assertEquals(nom, salarie.nom());
        assertEquals(prenom, salarie.prenom());
    }

    @Test
    void trims_a_name_and_collapses_the_spaces_inside_it() {
        Salarie salarie = enregistrer("  Le   Gall ", "\tAnne  Marie ");

        assertEquals("Le Gall", salarie.nom());
        assertEquals("Anne Marie", salarie.prenom());
    }

    @Test
    void stores_a_name_typed_with_decomposed_accents_as_the_same_name_typed_precomposed() {
        Salarie salarie = enregistrer("Wro\u0301bel", "Ze\u0301lie");

        assertEquals("Wróbel", salarie.nom());
        assertEquals("Zélie", salarie.prenom());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Durand2", "<script>", "Du_rand", "-Durand", "'Durand", "Durand!", "Durand@example.fr",
            "😀"})
    void rejects_a_nom_that_is_not_made_of_letters(String nom) {
        ValeurInvalideException e = assertThrows(ValeurInvalideException.class, () -> enregistrer(nom, "Camille"));

        assertCodeEtChamp("salarie.nom.invalide", "nom", e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Camille1", "C@mille", "#"})
    void rejects_a_prenom_that_is_not_made_of_letters(String prenom) {
        ValeurInvalideException e = assertThrows(ValeurInvalideException.class, () -> enregistrer("Durand", prenom));

        assertCodeEtChamp("salarie.prenom.invalide", "prenom", e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void requires_a_nom_and_a_prenom(String vide) {
        ValeurInvalideException sansNom = assertThrows(ValeurInvalideException.class,
                () -> enregistrer(vide, "Camille"));
        ValeurInvalideException sansPrenom = assertThrows(ValeurInvalideException.class,
                () -> enregistrer("Durand", vide));
        ValeurInvalideException nomNul = assertThrows(ValeurInvalideException.class,
                () -> enregistrer(null, "Camille"));

        assertCodeEtChamp("champ.obligatoire", "nom", sansNom);
        assertCodeEtChamp("champ.obligatoire", "prenom", sansPrenom);
        assertCodeEtChamp("champ.obligatoire", "nom", nomNul);
    }

    @Test
    void accepts_a_nom_of_80_letters_and_rejects_one_of_81() {
        assertEquals(80, enregistrer("Ł".repeat(80), "Camille").nom().length());

        ValeurInvalideException e = assertThrows(ValeurInvalideException.class,
                () -> enregistrer("Ł".repeat(81), "Camille"));
        assertCodeEtChamp("champ.trop_long", "nom", e);
        assertEquals(80, e.parametres().get("max"));
    }

    @ParameterizedTest(name = "born {0} → valid: {1}")
    @CsvSource({
            "2010-06-15, true",   // 14 today
            "2010-06-16, false",  // 14 tomorrow
            "1924-06-15, true",   // 100 today
            "1923-06-16, true",   // 101 tomorrow
            "1923-06-15, false",  // 101 today
            "2024-06-15, false",  // born today
            "2024-06-16, false",  // born in the future
            "1990-01-01, true"})
    void accepts_a_salarie_aged_14_to_100_on_the_day_of_registration(LocalDate dateNaissance, boolean valide) {
        if (valide) {
            assertEquals(dateNaissance, enregistrer(dateNaissance).dateNaissance());
        } else {
            ValeurInvalideException e = assertThrows(ValeurInvalideException.class, () -> enregistrer(dateNaissance));
            assertCodeEtChamp("salarie.dateNaissance.invalide", "dateNaissance", e);
            assertEquals(14, e.parametres().get("min"));
            assertEquals(100, e.parametres().get("max"));
        }
    }

    @Test
    void requires_a_date_of_birth() {
        ValeurInvalideException e = assertThrows(ValeurInvalideException.class, () -> enregistrer(null));

        assertCodeEtChamp("champ.obligatoire", "dateNaissance", e);
    }

    @Test
    void rejects_a_reference_salary_of_zero() {
        ValeurInvalideException e = assertThrows(ValeurInvalideException.class,
                () -> enregistrer("Durand", "Camille", LocalDate.of(1990, 1, 1), Montant.ZERO));

        assertCodeEtChamp("salarie.salaireReference.invalide", "salaireReference", e);
    }

    @Test
    void accepts_a_reference_salary_of_one_cent() {
        Salarie salarie = enregistrer("Durand", "Camille", LocalDate.of(1990, 1, 1), Montant.centimes(1));

        assertEquals(Montant.centimes(1), salarie.salaireReference());
    }

    @Test
    void requires_a_reference_salary_and_a_country_of_expatriation() {
        ValeurInvalideException sansSalaire = assertThrows(ValeurInvalideException.class,
                () -> enregistrer("Durand", "Camille", LocalDate.of(1990, 1, 1), null));
        ValeurInvalideException sansPays = assertThrows(ValeurInvalideException.class,
                () -> Salarie.enregistrer(SalarieId.nouveau(), EntrepriseId.nouveau(), "Durand", "Camille",
                        LocalDate.of(1990, 1, 1), null, null, Montant.centimes(1), AUJOURDHUI));

        assertCodeEtChamp("champ.obligatoire", "salaireReference", sansSalaire);
        assertCodeEtChamp("champ.obligatoire", "paysExpatriation", sansPays);
    }

    @Test
    void an_email_is_optional() {
        Salarie salarie = UnSalarie.nomme("Durand").sansEmail().build();

        assertEquals(Optional.empty(), salarie.email());
    }

    @Test
    void changes_the_reference_salary_only_to_a_positive_amount() {
        Salarie salarie = UnSalarie.nomme("Durand").salaire(Montant.centimes(4_000_00)).build();

        salarie.changerSalaireReference(Montant.centimes(5_000_00));
        ValeurInvalideException e = assertThrows(ValeurInvalideException.class,
                () -> salarie.changerSalaireReference(Montant.ZERO));

        assertEquals("salarie.salaireReference.invalide", e.code());
        assertEquals(Montant.centimes(5_000_00), salarie.salaireReference());
    }

    @Test
    void changes_the_country_of_expatriation() {
        Salarie salarie = UnSalarie.nomme("Durand").expatrieEn("SN").build();

        salarie.changerPaysExpatriation(new CodePays("JP"));

        assertEquals(new CodePays("JP"), salarie.paysExpatriation());
        assertThrows(ValeurInvalideException.class, () -> salarie.changerPaysExpatriation(null));
        assertEquals(new CodePays("JP"), salarie.paysExpatriation());
    }

    @Test
    void corrects_the_identity_with_the_same_rules_as_registration() {
        Salarie salarie = UnSalarie.nomme("Durand").prenomme("Camille").build();

        salarie.modifierIdentite(" Çelik ", "Şükrü", LocalDate.of(1979, 2, 3), null);

        assertEquals("Çelik", salarie.nom());
        assertEquals("Şükrü", salarie.prenom());
        assertEquals(LocalDate.of(1979, 2, 3), salarie.dateNaissance());
        assertEquals(Optional.empty(), salarie.email());
    }

    @Test
    void a_rejected_identity_correction_changes_nothing() {
        Salarie salarie = UnSalarie.nomme("Durand").prenomme("Camille").neLe(LocalDate.of(1985, 3, 14))
                .email("c.durand@example.fr").build();

        ValeurInvalideException e = assertThrows(ValeurInvalideException.class,
                () -> salarie.modifierIdentite("Martin", "C4mille", LocalDate.of(1979, 2, 3), null));

        assertEquals("salarie.prenom.invalide", e.code());
        assertEquals("Durand", salarie.nom());
        assertEquals("Camille", salarie.prenom());
        assertEquals(LocalDate.of(1985, 3, 14), salarie.dateNaissance());
        assertEquals(Optional.of(new Email("c.durand@example.fr")), salarie.email());
    }

    @Test
    void keeps_personal_data_out_of_its_string_form() {
        Salarie salarie = UnSalarie.nomme("Durand").prenomme("Camille").build();

        String texte = salarie.toString();

        assertTrue(!texte.contains("Durand") && !texte.contains("Camille"), texte);
    }
}
