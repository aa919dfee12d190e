package fr.espaceentreprise.domain.contenu;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ContenusTest {

    private static final TexteBilingue FONCTION = new TexteBilingue("Chargée d'affaires", "Account manager");
    private static final TexteBilingue SECTEUR = new TexteBilingue("Afrique", "Africa");

    @Test
    void a_bilingual_text_is_trimmed_and_read_in_the_language_asked_for() {
        TexteBilingue texte = TexteBilingue.de("  Bonjour ", " Hello  ", "note", 10);

        assertEquals("Bonjour", texte.en(Langue.FR));
        assertEquals("Hello", texte.en(Langue.EN));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "'', Hello, noteFr, champ.obligatoire",
            "Bonjour, '  ', noteEn, champ.obligatoire",
            "Bonjour tout le monde, Hello, noteFr, champ.trop_long",
            "Bonjour, Hello everybody, noteEn, champ.trop_long"})
    void a_bilingual_text_names_the_language_that_is_missing_or_too_long(String fr, String en, String champ,
            String code) {
        assertValeurInvalide(code, champ, () -> TexteBilingue.de(fr, en, "note", 10));
    }

    @Test
    void a_zone_number_keeps_its_phone_normalised_and_refuses_a_note_too_long() {
        NumeroZone numero = NumeroZone.saisir(ZoneUrgence.ASIE, new Telephone("+65 6123 4567"), "24 h/24",
                "24/7");

        assertEquals("+6561234567", numero.assistance().valeur());
        assertValeurInvalide("champ.trop_long", "noteEn", () -> NumeroZone.saisir(ZoneUrgence.ASIE,
                new Telephone("+65 6123 4567"), "court", "x".repeat(NumeroZone.NOTE_MAX + 1)));
    }

    @Test
    void a_contact_requires_a_name_and_an_order_within_bounds() {
        assertValeurInvalide("champ.obligatoire", "nom", () -> contact(" ", 1));
        assertValeurInvalide("contenu.ordre.invalide", "ordre", () -> contact("Léa Martin", -1));
        assertValeurInvalide("contenu.ordre.invalide", "ordre", () -> contact("Léa Martin", Contact.ORDRE_MAX + 1));
        assertEquals("Léa Martin", contact("  Léa Martin ", Contact.ORDRE_MAX).nom());
    }

    private static Contact contact(String nom, int ordre) {
        return new Contact(ContactId.nouveau(), nom, FONCTION, new Telephone("01 40 00 00 00"),
                new Email("lea.martin@example.com"), SECTEUR, ordre);
    }

    @Test
    void a_faq_entry_refuses_a_negative_order() {
        assertValeurInvalide("contenu.ordre.invalide", "ordre", () -> new QuestionFaq(QuestionFaqId.nouveau(),
                ThemeFaq.COMPTE, -3, new TexteBilingue("Q ?", "Q?"), new TexteBilingue("R.", "A.")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "salarie, true", "SALARIÉ, true", "attestation salarié, true", "cotis, true", "Wroclaw, true",
        "salarie radiation, false", "Wrocław virement, false"})
    void a_faq_entry_answers_every_word_case_and_accents_ignored(String recherche, boolean trouvee) {
        QuestionFaq question = new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.SALARIES, 1,
                new TexteBilingue("Où trouver l’attestation d’un salarié ?", "Where is an employee's certificate?"),
                new TexteBilingue("Dans la fiche du salarié, même expatrié à Wrocław ; les cotisations à part.",
                        "On the employee's page."));

        assertEquals(trouvee, question.repondA(List.of(recherche.split(" ")), Langue.FR));
    }

    @Test
    void a_faq_entry_is_searched_in_the_language_asked() {
        QuestionFaq question = new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.SALARIES, 1,
                new TexteBilingue("Où trouver l’attestation ?", "Where is the certificate?"),
                new TexteBilingue("Dans la fiche.", "On the page."));

        assertEquals(true, question.repondA(List.of("certificate"), Langue.EN));
        assertEquals(false, question.repondA(List.of("certificate"), Langue.FR));
    }

    @Test
    void an_identifier_is_read_in_its_canonical_form_only() {
        ContactId id = ContactId.nouveau();

        assertEquals(id, ContactId.de(id.toString()));
        assertValeurInvalide("identifiant.invalide", "id", () -> ContactId.de("1-2-3-4-5"));
        assertValeurInvalide("identifiant.invalide", "id", () -> QuestionFaqId.de(null));
    }

    @ParameterizedTest
    @CsvSource({
            // Monday 2026-11-30, winter time (UTC+1)
            "2026-11-30T06:59:59Z, false",
            "2026-11-30T07:00:00Z, true",
            "2026-11-30T16:59:59Z, true",
            "2026-11-30T17:00:00Z, false",
            // Friday afternoon, Saturday and Sunday at noon
            "2026-12-04T16:30:00Z, true",
            "2026-12-05T11:00:00Z, false",
            "2026-12-06T11:00:00Z, false",
            // summer time (UTC+2): 8:00 in Paris is 6:00 UTC
            "2026-07-01T06:00:00Z, true",
            "2026-07-01T16:00:00Z, false"})
    void the_customer_service_is_open_on_weekdays_from_8_to_18_paris_time(String instant, boolean ouvert) {
        CentreRelationsClients crc = new CentreRelationsClients(new Telephone("09 69 32 00 00"),
                new Email("relations.clients@example.com"));

        assertEquals(ouvert, crc.estOuvertA(java.time.Instant.parse(instant)));
    }

    @ParameterizedTest
    @EnumSource(RubriqueAide.class)
    void each_help_rubrique_has_an_anchor_of_lower_case_letters_and_dashes(RubriqueAide rubrique) {
        assertEquals(true, rubrique.ancre().matches("[a-z]+(-[a-z]+)*"), rubrique.ancre());
    }

    @Test
    void the_anchor_of_a_two_word_rubrique_joins_them_with_a_dash() {
        assertEquals("donnees-personnelles", RubriqueAide.DONNEES_PERSONNELLES.ancre());
        assertEquals("salaries", RubriqueAide.SALARIES.ancre());
    }
}
