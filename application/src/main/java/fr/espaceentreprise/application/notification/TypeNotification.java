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
    COMPTE_SUPPRIME(false),
    /**
     * Security notices (no secret in them): what happened to the account, when ({@code instant}, ISO-8601) and
     * from which address ({@code ip}), and what to do if it was not the user. The password was changed.
     */
    SECURITE_MOT_DE_PASSE_CHANGE(false),
    /** A second factor was enrolled (a first one, or a new phone). */
    SECURITE_SECOND_FACTEUR_ACTIVE(false),
    /** The back office reset the second factor: a new one is to be enrolled at the next login. */
    SECURITE_SECOND_FACTEUR_REINITIALISE(false),
    /** A recovery code opened a session; {@code restants}: how many are left. */
    SECURITE_CODE_DE_SECOURS_UTILISE(false),
    /** An API token was created; {@code nomJeton}, {@code droits} (LECTURE or ECRITURE), {@code expireLe} (ISO-8601). */
    SECURITE_JETON_API_CREE(false),
    /** A login from a browser not seen before on this account; {@code navigateur}: its family. */
    SECURITE_NOUVEL_APPAREIL(false);

    private final boolean porteUnSecret;

    TypeNotification(boolean porteUnSecret) {
        this.porteUnSecret = porteUnSecret;
    }

    public boolean porteUnSecret() {
        return porteUnSecret;
    }
}
