package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Verifications;

/** The help of one rubrique: what it shows and how to use it, in French and English. */
public record Aide(RubriqueAide rubrique, TexteBilingue texte) {

    public static final int TEXTE_MAX = 4000;

    public Aide {
        Verifications.nonNul(rubrique, "rubrique");
        Verifications.nonNul(texte, "texte");
    }
}
