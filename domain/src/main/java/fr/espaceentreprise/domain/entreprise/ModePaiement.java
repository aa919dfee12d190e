package fr.espaceentreprise.domain.entreprise;

public enum ModePaiement {
    PRELEVEMENT,
    VIREMENT
}
