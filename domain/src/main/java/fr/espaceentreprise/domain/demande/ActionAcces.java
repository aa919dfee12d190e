package fr.espaceentreprise.domain.demande;

/** What a user asks for his own access: to be suspended (it can be reopened) or deleted (for good). */
public enum ActionAcces {
    SUSPENSION,
    SUPPRESSION
}
