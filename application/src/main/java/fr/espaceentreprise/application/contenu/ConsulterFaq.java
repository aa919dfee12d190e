package fr.espaceentreprise.application.contenu;

import java.util.Optional;
import java.util.Objects;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;

import java.util.List;

/**
 * The FAQ, whole or searched by words of its questions and answers in the reader's language. Open to visitors;
 * closed with the space or the rubrique FAQ.
 */
public interface ConsulterFaq {

    List<QuestionFaq> rechercher(Recherche recherche);

    /**
     * @param lecteur who reads, if logged in (a gestionnaire reads it during a maintenance of the FAQ too)
     * @param texte   what the reader typed; null or blank lists every entry
     */
    record Recherche(Optional<Acteur> lecteur, Langue langue, String texte) {

        public Recherche {
            Objects.requireNonNull(lecteur, "lecteur");
        }
    }
}
