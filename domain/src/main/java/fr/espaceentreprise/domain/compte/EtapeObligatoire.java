package fr.espaceentreprise.domain.compte;

/**
 * A step the user must complete before reaching anything else: after a login with a temporary password (choose
 * one's own password), while the e-mail address is not confirmed, while no second factor is enrolled where one is
 * required, and while the current CGU are not accepted. Declared in the order the screens ask for them.
 */
public enum EtapeObligatoire {
    CHANGER_MOT_DE_PASSE,
    CONFIRMER_EMAIL,
    ENROLER_SECOND_FACTEUR,
    ACCEPTER_CGU
}
