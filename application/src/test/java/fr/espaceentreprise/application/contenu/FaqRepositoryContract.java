package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link FaqRepository}: entries found by id, replaced, removed, listed by theme (in the enum's order) then ordre,
 * and searched word by word in one language, case and accents ignored, SQL's wildcards meaning themselves.
 */
public abstract class FaqRepositoryContract extends PortContract {

    private FaqRepository faq() {
        return stockage().faq();
    }

    private QuestionFaq enregistrer(QuestionFaq question) {
        enTransaction(() -> faq().enregistrer(question));
        return question;
    }

    private List<QuestionFaq> lister() {
        return enTransaction(() -> faq().lister());
    }

    private List<QuestionFaq> rechercher(Langue langue, int limite, String... mots) {
        return enTransaction(() -> faq().rechercher(List.of(mots), langue, limite));
    }

    private static QuestionFaq question(ThemeFaq theme, int ordre, String questionFr, String questionEn) {
        return new QuestionFaq(QuestionFaqId.nouveau(), theme, ordre, new TexteBilingue(questionFr, questionEn),
                new TexteBilingue("Voir la rubrique.", "See the section."));
    }

    @Test
    void finds_a_saved_entry_with_every_field_and_saving_again_replaces_it() {
        QuestionFaq question = enregistrer(new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.EXPATRIATION, 5,
                new TexteBilingue("Le zébu est-il couvert ?", "Is the zebu covered?"),
                new TexteBilingue("Non.", "No.")));
        assertEquals(Optional.of(question), enTransaction(() -> faq().trouver(question.id())));

        QuestionFaq changee = enregistrer(new QuestionFaq(question.id(), ThemeFaq.COMPTE, 6, question.question(),
                new TexteBilingue("Toujours pas.", "Still not.")));

        assertEquals(Optional.of(changee), enTransaction(() -> faq().trouver(question.id())));
        assertEquals(List.of(changee), lister());
    }

    @Test
    void lists_by_theme_in_the_order_of_the_themes_then_by_ordre() {
        QuestionFaq expatriation = enregistrer(question(ThemeFaq.EXPATRIATION, 0, "Expatriation ?", "Expatriation?"));
        QuestionFaq contrats2 = enregistrer(question(ThemeFaq.CONTRATS_COTISATIONS, 2, "Contrat 2 ?", "Contract 2?"));
        QuestionFaq salaries = enregistrer(question(ThemeFaq.SALARIES, 9, "Salarié ?", "Employee?"));
        QuestionFaq contrats1 = enregistrer(question(ThemeFaq.CONTRATS_COTISATIONS, 1, "Contrat 1 ?", "Contract 1?"));
        QuestionFaq compte = enregistrer(question(ThemeFaq.COMPTE, 3, "Compte ?", "Account?"));

        assertEquals(List.of(compte, salaries, contrats1, contrats2, expatriation), lister());
    }

    @Test
    void searches_every_word_in_one_language_case_and_accents_ignored_in_the_order_of_the_list_at_most_limite() {
        QuestionFaq attestation = enregistrer(question(ThemeFaq.SALARIES, 2, "Où trouver l'ATTESTATION d'un salarié ?",
                "Where is an employee's certificate?"));
        QuestionFaq affiliation = enregistrer(question(ThemeFaq.SALARIES, 1, "Affilier un salarié expatrié",
                "Enrol an expatriate employee"));
        enregistrer(question(ThemeFaq.COMPTE, 1, "Mot de passe oublié", "Forgotten password"));

        assertEquals(List.of(attestation), rechercher(Langue.FR, 10, "attestation", "salarie"));
        assertEquals(List.of(affiliation, attestation), rechercher(Langue.FR, 10, "SALARIÉ"));
        assertEquals(List.of(affiliation), rechercher(Langue.FR, 1, "salari"));
        assertEquals(List.of(), rechercher(Langue.FR, 10, "certificate"));
        assertEquals(List.of(attestation), rechercher(Langue.EN, 10, "certificate"));
        assertEquals(List.of(), rechercher(Langue.FR, 10, "attestation", "passe"));
    }

    @Test
    void the_wildcards_of_sql_match_only_themselves() {
        QuestionFaq pourcent = enregistrer(question(ThemeFaq.COMPTE, 1, "Remboursé à 100% ?", "Paid 100%?"));
        enregistrer(question(ThemeFaq.COMPTE, 2, "Remboursé à 1000 euros ?", "Paid 1000 euros?"));

        assertEquals(List.of(pourcent), rechercher(Langue.FR, 10, "100%"));
        assertEquals(List.of(), rechercher(Langue.FR, 10, "_"));
        assertEquals(List.of(), rechercher(Langue.FR, 10, "10_0"));
    }

    @Test
    void removing_an_entry_says_whether_there_was_one_and_the_search_no_longer_finds_it() {
        QuestionFaq question = enregistrer(question(ThemeFaq.EXPATRIATION, 5, "Le zébu ?", "The zebu?"));
        QuestionFaq autre = enregistrer(question(ThemeFaq.COMPTE, 1, "Mon compte ?", "My account?"));

        assertTrue(enTransaction(() -> faq().supprimer(question.id())));
        assertFalse(enTransaction(() -> faq().supprimer(question.id())));

        assertEquals(Optional.empty(), enTransaction(() -> faq().trouver(question.id())));
        assertEquals(List.of(), rechercher(Langue.FR, 10, "zébu"));
        assertEquals(List.of(autre), lister());
    }
}
