-- Demandes (issue 5): the files joined to a demande's messages, the idempotency keys that make a resent form create
-- one demande, and the indexes of the two lists of demandes (front office's "Suivi des demandes", back office's
-- queue), both keyset pages on (soumise_le, id).

-- Files, stored in the database like everything else: one backup, one transaction with the demande.
create table piece_jointe (
    id                     uuid primary key,
    demande_id             uuid not null references demande (id) on delete cascade,
    ajoutee_le             timestamptz not null,
    nom_fichier            text collate "C" not null,
    type                   text not null,
    taille                 integer not null,
    contenu                bytea not null,
    constraint piece_jointe_nom_fichier_longueur check (char_length(nom_fichier) between 1 and 120),
    constraint piece_jointe_type_valeurs check (type in ('PDF', 'JPEG', 'PNG')),
    constraint piece_jointe_taille_bornee check (taille between 1 and 5242880),
    constraint piece_jointe_taille_du_contenu check (taille = octet_length(contenu))
);
-- PDF, JPEG and PNG are compressed already: storing them out of line without trying to compress them again saves
-- the CPU and loses nothing.
alter table piece_jointe alter column contenu set storage external;
-- A demande's page lists its files in this order without reading the table, bytes included.
create index piece_jointe_par_demande on piece_jointe (demande_id, ajoutee_le, nom_fichier, id) include (type, taille);
comment on table piece_jointe is 'Fichier joint à un message d''une demande (soumission ou réponse); jamais modifié ni retiré.';
comment on column piece_jointe.demande_id is 'Demande à laquelle le fichier est joint; un fichier n''est lu qu''avec elle.';
comment on column piece_jointe.ajoutee_le is 'Instant du message (événement de l''historique de la demande) avec lequel le fichier a été envoyé.';
comment on column piece_jointe.nom_fichier is 'Nom du fichier nettoyé par le domaine, finissant par l''extension de son type; collation "C" pour un ordre stable.';
comment on column piece_jointe.type is 'Type reconnu au contenu (signature), jamais au nom: PDF, JPEG ou PNG.';
comment on column piece_jointe.taille is 'Taille du contenu en octets, de 1 à 5 Mio; égale à octet_length(contenu), lue sans lire le contenu.';
comment on column piece_jointe.contenu is 'Octets du fichier, tels que reçus.';

-- Idempotency keys: one per (author, key), taken before the demande is saved in the same transaction, hence the
-- deferred foreign key. The primary key is what two concurrent reservations of one key meet on.
create table cle_idempotence (
    auteur_id              uuid not null references utilisateur (id) on delete cascade,
    cle                    text collate "C" not null,
    demande_id             uuid not null references demande (id) on delete cascade deferrable initially deferred,
    cree_le                timestamptz not null,
    primary key (auteur_id, cle),
    constraint cle_idempotence_cle_format check (cle ~ '^[!-~]{1,100}$')
);
-- The purge of the keys older than 24 hours.
create index cle_idempotence_par_creation on cle_idempotence (cree_le);
comment on table cle_idempotence is 'Clé d''idempotence (en-tête Idempotency-Key ou jeton de formulaire) d''une demande soumise: la renvoyer répond la même demande. Purgeable après 24 heures.';
comment on column cle_idempotence.auteur_id is 'Compte qui a envoyé la clé: deux comptes envoyant la même clé ne se rencontrent pas.';
comment on column cle_idempotence.cle is 'Clé envoyée par le client, 1 à 100 caractères ASCII visibles.';
comment on column cle_idempotence.demande_id is 'Demande créée par le premier envoi; clé étrangère vérifiée à la validation, la clé étant réservée avant l''enregistrement de la demande.';
comment on column cle_idempotence.cree_le is 'Instant de la réservation, pour la purge.';

-- The front office's list, newest first (read backwards): a demande's entreprise, then (soumise_le, id). V1's
-- index held id ascending under soumise_le descending, an order no list reads.
drop index demande_par_entreprise;
create index demande_par_entreprise on demande (entreprise_id, soumise_le, id);
-- The same within one statut: the demandes en cours of an entreprise with years of closed ones behind them.
create index demande_par_entreprise_et_statut on demande (entreprise_id, statut, soumise_le, id);
-- The back office's queue, oldest first, mostly read for one statut (EN_COURS); V1's index lacked the id that
-- breaks ties between equal instants.
drop index demande_par_statut;
create index demande_par_statut on demande (statut, soumise_le, id);
-- The queue without a statut filter.
create index demande_chronologique on demande (soumise_le, id);
