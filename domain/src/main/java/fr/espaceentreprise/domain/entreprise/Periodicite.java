package fr.espaceentreprise.domain.entreprise;

public enum Periodicite {
    MENSUELLE,
    TRIMESTRIELLE,
    SEMESTRIELLE,
    ANNUELLE
}
