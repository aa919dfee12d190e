package fr.espaceentreprise.domain.compte;

/**
 * What became of an attempt to confirm the e-mail address with a code. Returned rather than thrown, because a
 * wrong code changes the state (one attempt fewer) and that change must be stored before the refusal is told.
 */
public enum ResultatConfirmationEmail {
    CONFIRME,
    /** The code does not match; attempts remain. */
    CODE_INCORRECT,
    /** The code does not match and it was the last attempt: a new code must be asked for. */
    ESSAIS_EPUISES,
    /** 10 minutes or more since the code was sent: a new code must be asked for. */
    CODE_EXPIRE,
    /** No code was sent, or it was already used or given up. */
    AUCUN_CODE
}
