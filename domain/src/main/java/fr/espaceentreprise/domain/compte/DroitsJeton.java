package fr.espaceentreprise.domain.compte;

/** What an API token may do: read only, or read and write as its owner may. */
public enum DroitsJeton {
    LECTURE,
    ECRITURE
}
