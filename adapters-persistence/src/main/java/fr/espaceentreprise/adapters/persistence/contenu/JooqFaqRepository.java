package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.QUESTION_FAQ;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.QuestionFaqRecord;
import fr.espaceentreprise.application.contenu.FaqRepository;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link FaqRepository} over {@code question_faq}. The table holds a few hundred entries at most, so a search
 * reads it with ILIKE per word (jOOQ escapes % and _ in the words) and no index; themes are ordered in Java, by
 * the enum, after the read.
 */
public final class JooqFaqRepository implements FaqRepository {

    private static final Comparator<QuestionFaq> ORDRE = Comparator.comparing(QuestionFaq::theme)
            .thenComparingInt(QuestionFaq::ordre).thenComparing(question -> question.id().valeur());

    private final DSLContext dsl;

    public JooqFaqRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<QuestionFaq> lister() {
        return dsl.selectFrom(QUESTION_FAQ).fetch(JooqFaqRepository::question).stream().sorted(ORDRE).toList();
    }

    /**
     * The table holds the FAQ of one portal, some hundred entries written by the back office: reading it whole
     * and matching in Java gives the domain's accent-blind rule ({@link QuestionFaq#repondA}) without the
     * PostgreSQL extension {@code unaccent}.
     */
    @Override
    public List<QuestionFaq> rechercher(List<String> mots, Langue langue, int limite) {
        return lister().stream().filter(question -> question.repondA(mots, langue)).limit(limite).toList();
    }

    @Override
    public Optional<QuestionFaq> trouver(QuestionFaqId id) {
        return dsl.selectFrom(QUESTION_FAQ).where(QUESTION_FAQ.ID.eq(id.valeur()))
                .fetchOptional(JooqFaqRepository::question);
    }

    @Override
    public void enregistrer(QuestionFaq question) {
        QuestionFaqRecord ligne = dsl.newRecord(QUESTION_FAQ);
        ligne.setId(question.id().valeur());
        ligne.setTheme(question.theme().name());
        ligne.setOrdre(question.ordre());
        ligne.setQuestionFr(question.question().fr());
        ligne.setQuestionEn(question.question().en());
        ligne.setReponseFr(question.reponse().fr());
        ligne.setReponseEn(question.reponse().en());
        dsl.insertInto(QUESTION_FAQ).set(ligne).onConflict(QUESTION_FAQ.ID).doUpdate().set(ligne).execute();
    }

    @Override
    public boolean supprimer(QuestionFaqId id) {
        return dsl.deleteFrom(QUESTION_FAQ).where(QUESTION_FAQ.ID.eq(id.valeur())).execute() > 0;
    }

    private static QuestionFaq question(QuestionFaqRecord ligne) {
        return new QuestionFaq(new QuestionFaqId(ligne.getId()), ThemeFaq.valueOf(ligne.getTheme()),
                ligne.getOrdre(), new TexteBilingue(ligne.getQuestionFr(), ligne.getQuestionEn()),
                new TexteBilingue(ligne.getReponseFr(), ligne.getReponseEn()));
    }
}
