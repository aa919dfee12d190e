package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.IntrouvableException;

/** The "does not exist for you" answers of the demandes capability. */
final class Introuvables {

    static final String DEMANDE = "demande.introuvable";
    static final String SALARIE = "salarie.introuvable";
    static final String PIECE_JOINTE = "piece_jointe.introuvable";

    private Introuvables() {
    }

    static IntrouvableException demande() {
        return new IntrouvableException(DEMANDE);
    }
}
