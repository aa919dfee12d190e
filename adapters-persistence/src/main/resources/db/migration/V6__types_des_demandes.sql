-- Demandes (issue 5) write audit lines and send mails of their own: the closed lists of types grow with them.

alter table evenement_audit drop constraint evenement_audit_type_valeurs;
alter table evenement_audit add constraint evenement_audit_type_valeurs check (type in ('CONNEXION_REUSSIE',
    'CONNEXION_ECHOUEE', 'CONNEXION_BLOQUEE', 'DECONNEXION', 'MOT_DE_PASSE_CHANGE', 'MOT_DE_PASSE_OUBLIE',
    'IDENTIFIANT_OUBLIE', 'EMAIL_CONFIRME', 'CGU_ACCEPTEES', 'INSCRIPTION_DEMANDEE', 'INSCRIPTION_VALIDEE',
    'INSCRIPTION_REJETEE', 'DEMANDE_SOUMISE', 'DEMANDE_REPONDUE', 'DEMANDE_VALIDEE', 'DEMANDE_REJETEE',
    'DEMANDE_COMPLEMENT_DEMANDE'));

alter table boite_d_envoi drop constraint boite_d_envoi_type_valeurs;
alter table boite_d_envoi add constraint boite_d_envoi_type_valeurs check (type in ('MOT_DE_PASSE_PROVISOIRE',
    'RAPPEL_NUMERO_ADHERENT', 'INSCRIPTION_REJETEE', 'CODE_CONFIRMATION_EMAIL', 'DEMANDE_RECUE',
    'DEMANDE_STATUT_CHANGE'));
