package fr.espaceentreprise.domain.compte;

public enum StatutCompte {
    ACTIF,
    SUSPENDU,
    SUPPRIME
}
