package fr.espaceentreprise.domain.contrat;

/** Where a contrat stands at a date: not started yet, in force, or ended. */
public enum EtatContrat {
    A_VENIR,
    ACTIF,
    TERMINE
}
