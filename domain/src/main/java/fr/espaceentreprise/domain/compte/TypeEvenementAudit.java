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
    CONSENTEMENT_PROSPECTION_MODIFIE
}
