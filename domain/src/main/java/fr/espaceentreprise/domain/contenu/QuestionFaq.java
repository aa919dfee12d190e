package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Verifications;

/** One entry of the FAQ: a question and its answer in French and English, under a theme, listed in {@code ordre}. */
public record QuestionFaq(QuestionFaqId id, ThemeFaq theme, int ordre, TexteBilingue question,
                          TexteBilingue reponse) {

    public static final int QUESTION_MAX = 300;
    public static final int REPONSE_MAX = 4000;

    public QuestionFaq {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(theme, "theme");
        ordre = Contact.ordre(ordre);
        Verifications.nonNul(question, "question");
        Verifications.nonNul(reponse, "reponse");
    }
}
