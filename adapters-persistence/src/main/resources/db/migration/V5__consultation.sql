-- Consultation (issue 4): what the lists of salariés and appels de cotisation need to stay one short index range
-- per page at 1,000,000 salariés and 5,000,000 appels (keyset paging, no count, no offset), and the attestations
-- d'affiliation issued, kept so that anyone can check their code later.
-- Sort keys of names are compared in collation "C" (code point order) wherever they appear: the cursor a client
-- hands back holds them as plain strings, and the next page must start exactly where the previous one stopped,
-- whatever the database's default collation. In "C" a btree also serves a search by the start of the key.

-- Salariés: the sort and search keys of nom and prénom (domain CleDeTri: lower case, accents and marks removed,
-- letters such as ł, ø, æ, ß spelt in plain Latin, runs of spaces folded). The application writes them with every
-- save; the rows already there get the same transformation here, as closely as SQL can say it.
create function pg_temp.cle_de_tri(texte text) returns text language sql immutable as $$
    select regexp_replace(
        replace(replace(replace(replace(replace(replace(replace(replace(
            translate(
                lower(regexp_replace(normalize(btrim(texte, E' \t\n\r\f\v'), NFD),
                    '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')),
                'łøđðıħ’ŁØĐÐĦ', 'loddih''loddh'),
            'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'), 'ß', 'ss'), 'ẞ', 'ss'), 'þ', 'th'), 'Þ', 'th'),
        '\s+', ' ', 'g')
$$;

alter table salarie
    add column nom_tri    text collate "C",
    add column prenom_tri text collate "C";
update salarie set nom_tri = pg_temp.cle_de_tri(nom), prenom_tri = pg_temp.cle_de_tri(prenom);
alter table salarie
    alter column nom_tri set not null,
    alter column prenom_tri set not null;
comment on column salarie.nom_tri is 'Clé de tri et de recherche du nom (CleDeTri), en collation "C": ordre de la liste, recherche par début du nom.';
comment on column salarie.prenom_tri is 'Clé de tri du prénom (CleDeTri), en collation "C": départage les noms égaux.';

-- The list of an entreprise's salariés: by (nom_tri, prenom_tri, id), optionally from a start of nom_tri, and the
-- same within one country. The old index on the raw names served no query any more.
drop index salarie_par_entreprise_et_nom;
create index salarie_par_entreprise_et_nom_tri on salarie (entreprise_id, nom_tri, prenom_tri, id);
create index salarie_par_entreprise_pays_et_nom_tri
    on salarie (entreprise_id, pays_expatriation, nom_tri, prenom_tri, id);

-- Affiliations carry a copy of their salarié's sort keys and country, so that the salariés of a contrat (the contrat
-- filter, and everything a mandataire sees) are read in list order from one index of affiliation, however small a
-- part of the entreprise the contrat covers: walking the entreprise's list and probing each salarié would scan the
-- whole entreprise for a contrat that covers few of its salariés, or none any more. A foreign key to those columns of
-- salarie keeps the copies equal to the originals (on update cascade), whoever writes.
alter table salarie add constraint salarie_cles_de_tri_unique unique (id, nom_tri, prenom_tri, pays_expatriation);
alter table affiliation
    add column nom_tri           text collate "C",
    add column prenom_tri        text collate "C",
    add column pays_expatriation text;
update affiliation set nom_tri = salarie.nom_tri, prenom_tri = salarie.prenom_tri,
                       pays_expatriation = salarie.pays_expatriation
    from salarie
    where salarie.id = affiliation.salarie_id;
alter table affiliation
    alter column nom_tri set not null,
    alter column prenom_tri set not null,
    alter column pays_expatriation set not null,
    drop constraint affiliation_salarie_id_fkey,
    add constraint affiliation_salarie_fkey foreign key (salarie_id, nom_tri, prenom_tri, pays_expatriation)
        references salarie (id, nom_tri, prenom_tri, pays_expatriation) on update cascade on delete cascade;
comment on constraint salarie_cles_de_tri_unique on salarie is 'Cible de affiliation_salarie_fkey, qui tient les copies des clés de tri et du pays dans affiliation égales à celles du salarié.';
comment on column affiliation.nom_tri is 'Copie de salarie.nom_tri (tenue égale par la clé étrangère affiliation_salarie_fkey): ordre des salariés d''un contrat.';
comment on column affiliation.prenom_tri is 'Copie de salarie.prenom_tri (tenue égale par la clé étrangère affiliation_salarie_fkey).';
comment on column affiliation.pays_expatriation is 'Copie de salarie.pays_expatriation (tenue égale par la clé étrangère affiliation_salarie_fkey): filtre par pays des salariés d''un contrat.';

-- By salarié: his contrats en cours on a page of the list, his affiliations when he is read, the foreign key.
drop index affiliation_par_salarie;
create index affiliation_par_salarie on affiliation (salarie_id, contrat_id) include (fin);
-- By contrat, in list order, with what the filters test as key columns, so that the btree itself skips the rows
-- they reject ("not ended on the day" is coalesce(fin, 'infinity') >= the day): a contrat whose affiliations have
-- all ended is crossed in about a millisecond. fin is carried as well, for index-only scans.
drop index affiliation_par_contrat;
create index affiliation_par_contrat_et_nom_tri on affiliation (contrat_id, nom_tri, prenom_tri, salarie_id,
    (coalesce(fin, 'infinity'::date)), pays_expatriation) include (fin);

-- Appels de cotisation: what has been paid, kept beside the amount called so that a state, a filter on it and the
-- totals need no join to paiement (the repository writes the sum of the paiements with every save).
alter table appel_de_cotisation add column montant_paye_centimes bigint not null default 0;
update appel_de_cotisation appel set montant_paye_centimes = paye.total
    from (select appel_de_cotisation_id, sum(montant_centimes) as total from paiement
          group by appel_de_cotisation_id) paye
    where paye.appel_de_cotisation_id = appel.id;
alter table appel_de_cotisation add constraint appel_de_cotisation_montant_paye_borne
    check (montant_paye_centimes between 0 and montant_appele_centimes);
comment on column appel_de_cotisation.montant_paye_centimes is 'Somme des paiements de l''appel (centimes), de 0 au montant appelé; tenue à jour par l''application.';

-- A contrat's appels newest échéance first (read backwards), with what the totals sum, so that the totals of a
-- filter are read from the index alone.
drop index appel_de_cotisation_par_contrat_et_echeance;
create index appel_de_cotisation_par_contrat_et_echeance on appel_de_cotisation (contrat_id, echeance, id)
    include (debut, montant_appele_centimes, montant_paye_centimes);
-- The same within the year the période starts in (the year filter).
create index appel_de_cotisation_par_contrat_annee_et_echeance
    on appel_de_cotisation (contrat_id, (extract(year from debut)), echeance, id);
-- The appels not fully paid (à payer, partiellement payés, en retard): the home page's "à régler" and the state
-- filters other than soldé. A small part of the table once the years of history are paid.
create index appel_de_cotisation_a_regler on appel_de_cotisation (contrat_id, echeance, id)
    where montant_paye_centimes < montant_appele_centimes;

-- Demandes awaiting the user's reply, for the home page of an entreprise.
create index demande_en_attente_de_retour on demande (entreprise_id, soumise_le, id)
    where statut = 'EN_ATTENTE_DE_RETOUR';

-- Attestations d'affiliation: what was printed, under the code printed with it. The salarié is named by id without
-- a foreign key: the attestation outlives him, and checking it after he is deleted answers "no longer valid".
create table attestation (
    code                       text primary key,
    salarie_id                 uuid not null,
    emise_le                   timestamptz not null,
    date_emission              date not null,
    numero_adherent_entreprise text not null,
    raison_sociale             text not null,
    nom                        text not null,
    prenom                     text not null,
    date_naissance             date not null,
    constraint attestation_code_format check (code ~ '^[0-9A-HJKMNP-TV-Z]{20}$'),
    constraint attestation_numero_adherent_format check (numero_adherent_entreprise ~ '^[0-9]{8}$'),
    constraint attestation_raison_sociale_longueur check (char_length(raison_sociale) between 1 and 100),
    constraint attestation_nom_longueur check (char_length(nom) between 1 and 80),
    constraint attestation_prenom_longueur check (char_length(prenom) between 1 and 80)
);
comment on table attestation is 'Attestation d''affiliation délivrée: son code de vérification et ce qui y est imprimé (entreprise, salarié, date d''émission). Jamais modifiée.';
comment on column attestation.code is 'Code de vérification imprimé (20 caractères, base 32 de Crockford), clé de la vérification publique.';
comment on column attestation.salarie_id is 'Salarié attesté, sans clé étrangère: l''attestation lui survit, et sa vérification dit alors qu''elle n''est plus valable.';
comment on column attestation.emise_le is 'Instant de la délivrance.';
comment on column attestation.date_emission is 'Date d''émission imprimée.';
comment on column attestation.numero_adherent_entreprise is 'Numéro d''adhérent de l''entreprise, tel qu''imprimé.';
comment on column attestation.raison_sociale is 'Raison sociale de l''entreprise, telle qu''imprimée.';
comment on column attestation.nom is 'Nom du salarié, tel qu''imprimé.';
comment on column attestation.prenom is 'Prénom du salarié, tel qu''imprimé.';
comment on column attestation.date_naissance is 'Date de naissance du salarié, telle qu''imprimée.';

create table attestation_ligne (
    attestation_code       text not null references attestation (code) on delete cascade,
    rang                   integer not null,
    affiliation_id         uuid not null,
    numero_contrat         text not null,
    organisme              text not null,
    garantie               text not null,
    date_effet             date not null,
    -- The primary key also serves the lookup of an attestation's lines.
    primary key (attestation_code, rang),
    constraint attestation_ligne_rang_positif check (rang >= 0),
    constraint attestation_ligne_numero_contrat_format check (numero_contrat ~ '^[A-Z0-9][A-Z0-9-]{4,19}$'),
    constraint attestation_ligne_organisme_valeurs check (organisme in ('HUMANIS_PREVOYANCE', 'HUMANIS_ASSURANCES')),
    constraint attestation_ligne_garantie_valeurs check (garantie in ('SANTE_EXPAT_CFE_ESSENTIEL',
        'SANTE_EXPAT_CFE_CONFORT', 'SANTE_EXPAT_CFE_INTEGRAL', 'SANTE_EXPAT_PREMIER_EURO', 'ASSISTANCE_RAPATRIEMENT',
        'PREVOYANCE_DECES_INVALIDITE', 'PREVOYANCE_INCAPACITE_TRAVAIL'))
);
comment on table attestation_ligne is 'Affiliations certifiées par une attestation, telles qu''imprimées, dans l''ordre de l''attestation (rang).';
comment on column attestation_ligne.affiliation_id is 'Affiliation certifiée, sans clé étrangère: la vérification dit si elle existe et court encore.';
comment on column attestation_ligne.numero_contrat is 'Numéro du contrat collectif, tel qu''imprimé.';
comment on column attestation_ligne.organisme is 'Organisme assureur du contrat, tel qu''imprimé.';
comment on column attestation_ligne.garantie is 'Garantie du contrat, telle qu''imprimée.';
comment on column attestation_ligne.date_effet is 'Date d''effet de l''affiliation, telle qu''imprimée.';
