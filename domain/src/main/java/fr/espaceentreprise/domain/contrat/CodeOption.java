package fr.espaceentreprise.domain.contrat;

public enum CodeOption {
    DENTAIRE_RENFORCE,
    OPTIQUE_RENFORCE,
    MATERNITE,
    MEDECINES_DOUCES,
    RAPATRIEMENT_SANITAIRE,
    RESPONSABILITE_CIVILE_VIE_PRIVEE
}
