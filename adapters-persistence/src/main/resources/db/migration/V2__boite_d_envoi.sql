-- The mail outbox (DESIGN.md §6): a notification is queued in the transaction of the change that causes it and
-- sent later by the dispatcher, which claims due rows with FOR UPDATE SKIP LOCKED. No secret is ever stored here:
-- a message that carries one (temporary password, confirmation code) gets it when it is dispatched.

create table boite_d_envoi (
    id                     uuid primary key,
    message_id             text not null,
    type                   text not null,
    destinataire           text not null,
    langue                 text not null,
    utilisateur_id         uuid references utilisateur (id),
    parametres             jsonb not null,
    cree_le                timestamptz not null,
    prochain_essai         timestamptz not null,
    tentatives             integer not null default 0,
    envoye_le              timestamptz,
    derniere_erreur        text,
    constraint boite_d_envoi_message_id_unique unique (message_id),
    constraint boite_d_envoi_message_id_format check (message_id ~ '^<[^<>@[:space:]]+@[^<>@[:space:]]+>$'),
    constraint boite_d_envoi_type_valeurs check (type in ('MOT_DE_PASSE_PROVISOIRE', 'RAPPEL_NUMERO_ADHERENT',
        'INSCRIPTION_REJETEE', 'CODE_CONFIRMATION_EMAIL')),
    -- A secret is produced for an account: the types that carry one need it.
    constraint boite_d_envoi_secret_rattache check (utilisateur_id is not null
        or type not in ('MOT_DE_PASSE_PROVISOIRE', 'CODE_CONFIRMATION_EMAIL')),
    constraint boite_d_envoi_destinataire_longueur check (char_length(destinataire) <= 254),
    constraint boite_d_envoi_langue_valeurs check (langue in ('FR', 'EN')),
    constraint boite_d_envoi_parametres_objet check (jsonb_typeof(parametres) = 'object'),
    constraint boite_d_envoi_tentatives_positives check (tentatives >= 0)
);
-- The dispatcher's query: unsent messages by due time. Sent ones leave the index.
create index boite_d_envoi_a_envoyer on boite_d_envoi (prochain_essai) where envoye_le is null;
create index boite_d_envoi_par_utilisateur on boite_d_envoi (utilisateur_id) where utilisateur_id is not null;
comment on table boite_d_envoi is 'Courriels à envoyer (outbox): type, destinataire, langue, paramètres sans secret, essais et envoi.';
