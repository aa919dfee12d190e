package fr.espaceentreprise.domain.cotisation;

public enum EtatAppel {
    SOLDE,
    PARTIELLEMENT_PAYE,
    A_PAYER,
    EN_RETARD
}
