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
    INSCRIPTION_REJETEE,
    /** A front-office user submitted a demande; detail {@code demande=<uuid> type=<TypeDemande>}. */
    DEMANDE_SOUMISE,
    /** A front-office user answered a demande de complément; same detail. */
    DEMANDE_REPONDUE,
    /** A gestionnaire validated a demande, and its change was applied; same detail. */
    DEMANDE_VALIDEE,
    /** A gestionnaire rejected a demande with a motif; same detail. */
    DEMANDE_REJETEE,
    /** A gestionnaire asked the user for more information; same detail. */
    DEMANDE_COMPLEMENT_DEMANDE,
    /** A gestionnaire changed what the portal shows (emergency numbers, contacts, FAQ); detail names what. */
    CONTENU_MODIFIE,
    /** A gestionnaire published a new version of the CGU; detail {@code version=<version>}. */
    CGU_PUBLIEES,
    /** A gestionnaire opened or closed (part of) the space; detail {@code active=<bool> rubriques=<list|tout>}. */
    MAINTENANCE_MODIFIEE,
    /** A gestionnaire published a document in the rubrique Téléchargement; detail {@code document=<uuid> categorie=<CategorieDocument>}. */
    DOCUMENT_PUBLIE,
    /** A gestionnaire withdrew a document; same detail. */
    DOCUMENT_RETIRE,
    /** A gestionnaire suspended an account; detail {@code motif=<MotifCompte>} (the free text is kept in the account's decisions). */
    COMPTE_SUSPENDU,
    /** A gestionnaire reactivated a suspended account. */
    COMPTE_REACTIVE,
    /** A gestionnaire deleted an account and its personal data; detail {@code motif=<MotifCompte>}. */
    COMPTE_SUPPRIME,
    /** A user downloaded everything the portal holds about them. */
    DONNEES_PERSONNELLES_EXPORTEES,
    /** A user accepted or refused commercial prospecting; detail {@code accepte=true|false}. */
    CONSENTEMENT_PROSPECTION_MODIFIE,
    /** A user enrolled a second factor (a first one, or a new phone). */
    SECOND_FACTEUR_ACTIVE,
    /** A gestionnaire reset a user's second factor: he enrols again at his next login. */
    SECOND_FACTEUR_REINITIALISE,
    /** A wrong code after a right password; counted like a wrong password. */
    SECOND_FACTEUR_ECHOUE,
    /** A recovery code opened a session; detail {@code restants=<n>}. */
    CODE_DE_SECOURS_UTILISE,
    /** A user replaced his recovery codes. */
    CODES_DE_SECOURS_REGENERES,
    /** A user created an API token; detail {@code jeton=<uuid> droits=<DroitsJeton>}. */
    JETON_API_CREE,
    /** A user revoked an API token; detail {@code jeton=<uuid>}. */
    JETON_API_REVOQUE,
    /** A user ended one of his sessions, or all the others; detail {@code session=<uuid>} or {@code autres=<n>}. */
    SESSIONS_FERMEES
}
