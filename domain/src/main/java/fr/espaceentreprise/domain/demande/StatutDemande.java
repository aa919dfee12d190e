package fr.espaceentreprise.domain.demande;

/**
 * Where a Demande stands. The back office validates, rejects or asks the user for more; the user's reply puts
 * the Demande back in progress. A validated or rejected Demande is closed for good.
 */
public enum StatutDemande {
    EN_COURS,
    VALIDEE,
    REJETEE,
    EN_ATTENTE_DE_RETOUR;

    public boolean peutPasserA(StatutDemande vers) {
        return switch (this) {
            case EN_COURS -> vers == VALIDEE || vers == REJETEE || vers == EN_ATTENTE_DE_RETOUR;
            case EN_ATTENTE_DE_RETOUR -> vers == EN_COURS;
            case VALIDEE, REJETEE -> false;
        };
    }

    public boolean estTerminal() {
        return this == VALIDEE || this == REJETEE;
    }
}
