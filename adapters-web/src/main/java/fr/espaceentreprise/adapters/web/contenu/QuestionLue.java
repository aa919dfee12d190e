package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import java.util.List;

/** A FAQ entry as the page shows it: in the page's language, the words searched marked. */
public record QuestionLue(String id, List<Surlignage.Morceau> question, List<Surlignage.Morceau> reponse) {

    static QuestionLue de(QuestionFaq entree, Langue langue, List<String> mots) {
        return new QuestionLue(entree.id().toString(), Surlignage.decouper(entree.question().en(langue), mots),
                Surlignage.decouper(entree.reponse().en(langue), mots));
    }
}
