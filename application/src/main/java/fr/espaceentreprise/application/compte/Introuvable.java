package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.IntrouvableException;

/** The one "does not exist for you" of the accounts use cases: unknown, or reserved to gestionnaires alike. */
final class Introuvable {

    private Introuvable() {
    }

    static IntrouvableException exception() {
        return new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
    }
}
