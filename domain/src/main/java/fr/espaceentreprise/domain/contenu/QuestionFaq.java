package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Verifications;
import java.util.List;

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

    /**
     * Whether the question or the answer, in {@code langue}, holds every one of {@code mots} — case and accents
     * ignored ("salarie" finds "salarié", "Wroclaw" finds "Wrocław"), as parts of words ("cotis" finds
     * "cotisation").
     */
    public boolean repondA(List<String> mots, Langue langue) {
        String texte = CleDeTri.de(question.en(langue)) + " " + CleDeTri.de(reponse.en(langue));
        return mots.stream().map(CleDeTri::de).allMatch(texte::contains);
    }
}
