package fr.espaceentreprise.domain.contrat;

public enum DomaineGarantie {
    SANTE,
    PREVOYANCE,
    ASSISTANCE
}
