package fr.espaceentreprise.adapters.web.page;

/** The groups of rubriques a portal may serve, each with its back office; the navigation links those served. */
public enum Navigation {
    /** Interlocuteur, salariés, contrats, cotisations. */
    CONSULTATION,
    DEMANDES,
    /** Service d'urgence, sécurité, contact, FAQ, aide. */
    INFORMATIONS,
    /** Téléchargement. */
    DOCUMENTS,
    /** "Mes données" and the back office's accounts. */
    DONNEES
}
