package fr.espaceentreprise.domain.demande;

/** What happened to a Demande, one per line of its history. */
public enum TypeEvenement {
    SOUMISSION,
    VALIDATION,
    REJET,
    DEMANDE_DE_COMPLEMENT,
    REPONSE
}
