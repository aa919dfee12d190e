package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.IntrouvableException;

/** The "does not exist for you" answers of the rubrique Téléchargement. */
final class Introuvables {

    static final String DOCUMENT = "document.introuvable";

    private Introuvables() {
    }

    static IntrouvableException document() {
        return new IntrouvableException(DOCUMENT);
    }
}
