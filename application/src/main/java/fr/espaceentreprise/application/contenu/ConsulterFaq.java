package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;

import java.util.List;

/** The FAQ, whole or searched by words of its questions and answers in the reader's language. */
public interface ConsulterFaq {

    List<QuestionFaq> rechercher(Recherche recherche);

    /** @param texte what the reader typed; null or blank lists every entry */
    record Recherche(Langue langue, String texte) {
    }
}
