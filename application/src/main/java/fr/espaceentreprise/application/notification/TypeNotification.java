package fr.espaceentreprise.application.notification;

/**
 * Every kind of e-mail the portal sends. Some carry a secret that must never be stored in clear, not even in the
 * outbox: it is produced at dispatch time by {@link SecretsDeNotification}.
 */
public enum TypeNotification {
    /** Sign-up validated, or "mot de passe oublié": a new temporary password, alone on its own line. */
    MOT_DE_PASSE_PROVISOIRE(true),
    /** Sign-up validated, or "identifiant oublié": a reminder of the numéro d'adhérent. */
    RAPPEL_NUMERO_ADHERENT(false),
    /** Sign-up rejected: what happened and how to reach the Centre relations clients. */
    INSCRIPTION_REJETEE(false),
    /** First login: the 6-digit code that confirms the e-mail address, alone on its own line. */
    CODE_CONFIRMATION_EMAIL(true),
    /**
     * A demande was submitted: its reference and type, to its author. Parameters in
     * {@code fr.espaceentreprise.application.demande.CourrielsDemande}.
     */
    DEMANDE_RECUE(false),
    /**
     * A demande changed status (validated, rejected, awaiting the user's reply, back in progress after it): its
     * reference, type, new status and the back office's message if any, to its author.
     */
    DEMANDE_STATUT_CHANGE(false),
    /** The back office suspended the account: whom to call to know why and to reopen it. */
    COMPTE_SUSPENDU(false),
    /** The back office reopened a suspended account. */
    COMPTE_REACTIVE(false),
    /**
     * The back office deleted the account: queued to the address on file before it is erased (it carries no
     * secret, only the first and last names, so it may be written at queue time).
     */
    COMPTE_SUPPRIME(false);

    private final boolean porteUnSecret;

    TypeNotification(boolean porteUnSecret) {
        this.porteUnSecret = porteUnSecret;
    }

    public boolean porteUnSecret() {
        return porteUnSecret;
    }
}
