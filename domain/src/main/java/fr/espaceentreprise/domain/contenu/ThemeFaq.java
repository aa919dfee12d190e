package fr.espaceentreprise.domain.contenu;

/** The themes the FAQ is grouped by, in the order the page shows them. */
public enum ThemeFaq {
    COMPTE,
    SALARIES,
    CONTRATS_COTISATIONS,
    DEMANDES,
    EXPATRIATION
}
