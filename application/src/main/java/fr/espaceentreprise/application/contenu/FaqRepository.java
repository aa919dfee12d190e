package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;

import java.util.List;
import java.util.Optional;

/** The FAQ entries: a bounded list (a few hundred at most), edited by the back office. */
public interface FaqRepository {

    /** Every entry, ordered by theme, ordre, then id. */
    List<QuestionFaq> lister();

    /**
     * The entries whose question or answer, in {@code langue}, holds every word of {@code mots} (case and accents
     * ignored, as substrings: {@link QuestionFaq#repondA}), in the order of {@link #lister()}, at most {@code limite}.
     */
    List<QuestionFaq> rechercher(List<String> mots, Langue langue, int limite);

    Optional<QuestionFaq> trouver(QuestionFaqId id);

    void enregistrer(QuestionFaq question);

    /** @return whether there was such an entry */
    boolean supprimer(QuestionFaqId id);
}
