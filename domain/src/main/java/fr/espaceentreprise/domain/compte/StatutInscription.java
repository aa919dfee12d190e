package fr.espaceentreprise.domain.compte;

/** Where a sign-up request stands: waiting for the back office, then validated or rejected, for good. */
public enum StatutInscription {
    EN_ATTENTE,
    VALIDEE,
    REJETEE
}
