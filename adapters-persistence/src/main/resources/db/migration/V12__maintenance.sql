-- Maintenance (issue 6): whether the space, or some of its rubriques, is closed, and the message to show in French
-- and English. One row that every instance reads (each keeps it a few seconds at most); who changed it and when is
-- in the audit trail (MAINTENANCE_MODIFIEE). An empty list of rubriques means the whole space.

create table maintenance (
    singleton              boolean primary key default true,
    active                 boolean not null,
    rubriques              text[] not null default '{}',
    message_fr             text,
    message_en             text,
    constraint maintenance_une_seule_ligne check (singleton),
    constraint maintenance_rubriques_valeurs check (
        rubriques <@ array['ACCUEIL', 'INTERLOCUTEUR', 'SALARIES', 'CONTRATS', 'COTISATIONS', 'DEMANDES',
            'TELECHARGEMENTS', 'URGENCE', 'CONTACT', 'FAQ']::text[]
        and array_position(rubriques, null) is null),
    -- An active maintenance says why in both languages; an inactive one keeps nothing.
    constraint maintenance_messages check (
        (active and message_fr is not null and message_en is not null
            and btrim(message_fr) <> '' and btrim(message_en) <> '')
        or (not active and message_fr is null and message_en is null and rubriques = '{}')),
    constraint maintenance_message_fr_longueur check (char_length(message_fr) <= 500),
    constraint maintenance_message_en_longueur check (char_length(message_en) <= 500)
);
comment on table maintenance is 'Fermeture de l''espace pour maintenance, en entier (aucune rubrique) ou par rubrique, avec son message en français et en anglais; une seule ligne.';

insert into maintenance (singleton, active) values (true, false);
