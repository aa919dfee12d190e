package fr.espaceentreprise.domain.contenu;

import java.util.Locale;

/** The rubriques of the portal the help explains, in the order of the help page. */
public enum RubriqueAide {
    ACCUEIL,
    INTERLOCUTEUR,
    SALARIES,
    CONTRATS,
    COTISATIONS,
    DEMANDES,
    TELECHARGEMENT,
    URGENCE,
    CONTACT,
    MON_COMPTE,
    DONNEES_PERSONNELLES;

    /** The anchor of the rubrique on the help page, so that any page can link to it: {@code /aide#mon-compte}. */
    public String ancre() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
