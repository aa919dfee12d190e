package fr.espaceentreprise.domain.compte;

/** The back office's acts on an account. */
public enum TypeDecisionCompte {
    SUSPENSION,
    REACTIVATION,
    SUPPRESSION
}
