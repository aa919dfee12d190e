package fr.espaceentreprise.domain.contrat;

/** The insurer that carries a contract's risk. */
public enum Organisme {
    HUMANIS_PREVOYANCE,
    HUMANIS_ASSURANCES
}
