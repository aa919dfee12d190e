package fr.espaceentreprise.domain.compte;

/** What the audit trail records about accounts. */
public enum TypeEvenementAudit {
    CONNEXION_REUSSIE,
    /** Wrong password, unknown numéro d'adhérent, or right password on an account that may not log in. */
    CONNEXION_ECHOUEE,
    /** Attempt refused unseen because the account is throttled. */
    CONNEXION_BLOQUEE,
    DECONNEXION,
    MOT_DE_PASSE_CHANGE,
    MOT_DE_PASSE_OUBLIE,
    IDENTIFIANT_OUBLIE,
    EMAIL_CONFIRME,
    CGU_ACCEPTEES,
    INSCRIPTION_DEMANDEE,
    INSCRIPTION_VALIDEE,
    INSCRIPTION_REJETEE
}
