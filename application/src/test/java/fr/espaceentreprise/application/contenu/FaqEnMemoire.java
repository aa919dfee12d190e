package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Searches as the SQL adapter does: every word a substring of the question or the answer, case ignored. */
public final class FaqEnMemoire implements FaqRepository, TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private Map<QuestionFaqId, QuestionFaq> questions = new LinkedHashMap<>();

    public FaqEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    @Override
    public List<QuestionFaq> lister() {
        return questions.values().stream().sorted(Comparator.comparing(QuestionFaq::theme)
                .thenComparingInt(QuestionFaq::ordre).thenComparing(q -> q.id().valeur())).toList();
    }

    @Override
    public List<QuestionFaq> rechercher(List<String> mots, Langue langue, int limite) {
        return lister().stream().filter(q -> q.repondA(mots, langue)).limit(limite).toList();
    }

    @Override
    public Optional<QuestionFaq> trouver(QuestionFaqId id) {
        return Optional.ofNullable(questions.get(id));
    }

    @Override
    public void enregistrer(QuestionFaq question) {
        transactions.exigerTransaction();
        questions.put(question.id(), question);
    }

    @Override
    public boolean supprimer(QuestionFaqId id) {
        transactions.exigerTransaction();
        return questions.remove(id) != null;
    }

    @Override
    public Object instantane() {
        return new LinkedHashMap<>(questions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        questions = (Map<QuestionFaqId, QuestionFaq>) instantane;
    }
}
