-- Espace Entreprise: the domain's aggregates (see /work/plan/MODEL.md and DESIGN.md §4).
-- Rules: uuid primary keys (the public ids), money in bigint cents, date / timestamptz, enums as text
-- checked against their values, natural keys unique, date ranges ordered. Children of an aggregate
-- without an identity of their own (options, paiements, événements) are keyed by (parent, rang), rang
-- keeping the aggregate's list order.

create table entreprise (
    id                     uuid primary key,
    numero_adherent        text not null,
    raison_sociale         text not null,
    siret                  text not null,
    adresse_ligne1         text not null,
    adresse_ligne2         text,
    code_postal            text not null,
    ville                  text not null,
    pays                   text not null,
    email                  text not null,
    telephone              text,
    mode_paiement          text not null,
    iban                   text,
    bic                    text,
    periodicite            text not null,
    constraint entreprise_numero_adherent_unique unique (numero_adherent),
    constraint entreprise_siret_unique unique (siret),
    constraint entreprise_numero_adherent_format check (numero_adherent ~ '^[0-9]{8}$'),
    constraint entreprise_raison_sociale_longueur check (char_length(raison_sociale) between 1 and 100),
    constraint entreprise_siret_format check (siret ~ '^[0-9]{14}$'),
    constraint entreprise_pays_format check (pays ~ '^[A-Z]{2}$'),
    constraint entreprise_email_longueur check (char_length(email) <= 254),
    constraint entreprise_mode_paiement_valeurs check (mode_paiement in ('PRELEVEMENT', 'VIREMENT')),
    constraint entreprise_periodicite_valeurs
        check (periodicite in ('MENSUELLE', 'TRIMESTRIELLE', 'SEMESTRIELLE', 'ANNUELLE')),
    constraint entreprise_prelevement_complet
        check (mode_paiement <> 'PRELEVEMENT' or (iban is not null and bic is not null))
);
comment on table entreprise is 'Souscripteur des contrats collectifs: identité, adresse de correspondance, modalités de paiement.';

create table mandataire (
    id                     uuid primary key,
    numero_adherent        text not null,
    raison_sociale         text not null,
    email                  text not null,
    telephone              text,
    constraint mandataire_numero_adherent_unique unique (numero_adherent),
    constraint mandataire_numero_adherent_format check (numero_adherent ~ '^[0-9]{8}$'),
    constraint mandataire_raison_sociale_longueur check (char_length(raison_sociale) between 1 and 100),
    constraint mandataire_email_longueur check (char_length(email) <= 254)
);
comment on table mandataire is 'Courtier gérant des contrats pour le compte d''entreprises clientes, sous mandat.';

create table contrat (
    id                     uuid primary key,
    numero                 text not null,
    entreprise_id          uuid not null references entreprise (id),
    organisme              text not null,
    garantie               text not null,
    date_effet             date not null,
    date_fin               date,
    constraint contrat_numero_unique unique (numero),
    constraint contrat_numero_format check (numero ~ '^[A-Z0-9][A-Z0-9-]{4,19}$'),
    constraint contrat_organisme_valeurs check (organisme in ('HUMANIS_PREVOYANCE', 'HUMANIS_ASSURANCES')),
    constraint contrat_garantie_de_l_organisme check (
        (organisme = 'HUMANIS_ASSURANCES' and garantie in ('SANTE_EXPAT_CFE_ESSENTIEL', 'SANTE_EXPAT_CFE_CONFORT',
            'SANTE_EXPAT_CFE_INTEGRAL', 'SANTE_EXPAT_PREMIER_EURO', 'ASSISTANCE_RAPATRIEMENT'))
        or (organisme = 'HUMANIS_PREVOYANCE' and garantie in ('PREVOYANCE_DECES_INVALIDITE',
            'PREVOYANCE_INCAPACITE_TRAVAIL'))),
    constraint contrat_dates_ordonnees check (date_fin is null or date_fin >= date_effet)
);
create index contrat_par_entreprise on contrat (entreprise_id);
comment on table contrat is 'Contrat collectif souscrit par une entreprise auprès d''un organisme, pour une garantie.';

create table contrat_option (
    contrat_id             uuid not null references contrat (id) on delete cascade,
    rang                   integer not null,
    code                   text not null,
    debut                  date not null,
    fin                    date,
    primary key (contrat_id, rang),
    constraint contrat_option_code_debut_unique unique (contrat_id, code, debut),
    constraint contrat_option_rang_positif check (rang >= 0),
    constraint contrat_option_code_valeurs check (code in ('DENTAIRE_RENFORCE', 'OPTIQUE_RENFORCE', 'MATERNITE',
        'MEDECINES_DOUCES', 'RAPATRIEMENT_SANITAIRE', 'RESPONSABILITE_CIVILE_VIE_PRIVEE')),
    constraint contrat_option_dates_ordonnees check (fin is null or fin >= debut)
);
comment on table contrat_option is 'Options d''un contrat, chacune avec sa période; rang garde l''ordre du contrat.';

create table mandat (
    id                     uuid primary key,
    mandataire_id          uuid not null references mandataire (id),
    entreprise_id          uuid not null references entreprise (id),
    debut                  date not null,
    fin                    date,
    constraint mandat_dates_ordonnees check (fin is null or fin >= debut)
);
create index mandat_par_mandataire on mandat (mandataire_id);
create index mandat_par_entreprise on mandat (entreprise_id);
comment on table mandat is 'Mandat de gestion confié par une entreprise à un mandataire, de debut à fin (ouverte si nulle).';

create table mandat_contrat (
    mandat_id              uuid not null references mandat (id) on delete cascade,
    contrat_id             uuid not null references contrat (id),
    primary key (mandat_id, contrat_id)
);
create index mandat_contrat_par_contrat on mandat_contrat (contrat_id);
comment on table mandat_contrat is 'Contrats couverts par un mandat (au moins un).';

create table salarie (
    id                         uuid primary key,
    entreprise_id              uuid not null references entreprise (id),
    nom                        text not null,
    prenom                     text not null,
    date_naissance             date not null,
    email                      text,
    pays_expatriation          text not null,
    salaire_reference_centimes bigint not null,
    constraint salarie_nom_longueur check (char_length(nom) between 1 and 80),
    constraint salarie_prenom_longueur check (char_length(prenom) between 1 and 80),
    constraint salarie_email_longueur check (char_length(email) <= 254),
    constraint salarie_pays_format check (pays_expatriation ~ '^[A-Z]{2}$'),
    constraint salarie_salaire_reference_positif check (salaire_reference_centimes > 0)
);
-- Keyset paging of an entreprise's salariés, ordered by name.
create index salarie_par_entreprise_et_nom on salarie (entreprise_id, nom, prenom, id);
comment on table salarie is 'Salarié (futur) expatrié d''une entreprise, avec son pays d''expatriation et son salaire de référence.';

create table affiliation (
    id                     uuid primary key,
    salarie_id             uuid not null references salarie (id) on delete cascade,
    contrat_id             uuid not null references contrat (id),
    rang                   integer not null,
    debut                  date not null,
    fin                    date,
    constraint affiliation_rang_unique unique (salarie_id, rang) deferrable initially deferred,
    constraint affiliation_rang_positif check (rang >= 0),
    constraint affiliation_dates_ordonnees check (fin is null or fin >= debut)
);
create index affiliation_par_salarie on affiliation (salarie_id);
create index affiliation_par_contrat on affiliation (contrat_id);
comment on table affiliation is 'Affiliation d''un salarié à un contrat, de debut à fin (ouverte si nulle).';

create table appel_de_cotisation (
    id                       uuid primary key,
    contrat_id               uuid not null references contrat (id),
    numero_quittance         text not null,
    debut                    date not null,
    fin                      date not null,
    echeance                 date not null,
    montant_appele_centimes  bigint not null,
    constraint appel_de_cotisation_numero_quittance_unique unique (numero_quittance),
    constraint appel_de_cotisation_numero_quittance_format check (numero_quittance ~ '^[A-Z0-9][A-Z0-9-]{5,23}$'),
    constraint appel_de_cotisation_dates_ordonnees check (fin >= debut),
    constraint appel_de_cotisation_montant_positif check (montant_appele_centimes > 0)
);
create index appel_de_cotisation_par_contrat_et_echeance on appel_de_cotisation (contrat_id, echeance desc, id);
comment on table appel_de_cotisation is 'Appel de cotisations d''un contrat: quittance, période, échéance, montant appelé.';

create table paiement (
    appel_de_cotisation_id uuid not null references appel_de_cotisation (id) on delete cascade,
    rang                   integer not null,
    date_paiement          date not null,
    montant_centimes       bigint not null,
    reference              text,
    -- The primary key also serves the lookup of an appel's paiements.
    primary key (appel_de_cotisation_id, rang),
    constraint paiement_rang_positif check (rang >= 0),
    constraint paiement_montant_positif check (montant_centimes > 0)
);
comment on table paiement is 'Paiements reçus pour un appel de cotisation, dans leur ordre d''enregistrement.';

create table utilisateur (
    id                     uuid primary key,
    numero_adherent        text not null,
    profil                 text not null,
    entreprise_id          uuid references entreprise (id),
    mandataire_id          uuid references mandataire (id),
    nom                    text not null,
    prenom                 text not null,
    email                  text not null,
    langue                 text not null,
    statut                 text not null,
    constraint utilisateur_numero_adherent_format check (numero_adherent ~ '^[0-9]{8}$'),
    constraint utilisateur_profil_valeurs check (profil in ('ENTREPRISE', 'MANDATAIRE', 'GESTIONNAIRE')),
    constraint utilisateur_rattachement check (
        (profil = 'ENTREPRISE' and entreprise_id is not null and mandataire_id is null)
        or (profil = 'MANDATAIRE' and mandataire_id is not null and entreprise_id is null)
        or (profil = 'GESTIONNAIRE' and entreprise_id is null and mandataire_id is null)),
    constraint utilisateur_email_longueur check (char_length(email) <= 254),
    constraint utilisateur_langue_valeurs check (langue in ('FR', 'EN')),
    constraint utilisateur_statut_valeurs check (statut in ('ACTIF', 'SUSPENDU', 'SUPPRIME'))
);
-- A numéro d'adhérent identifies one live account; a deleted account frees it.
create unique index utilisateur_numero_adherent_unique on utilisateur (numero_adherent) where statut <> 'SUPPRIME';
create index utilisateur_par_entreprise on utilisateur (entreprise_id) where entreprise_id is not null;
create index utilisateur_par_mandataire on utilisateur (mandataire_id) where mandataire_id is not null;
comment on table utilisateur is 'Compte d''une personne: profil ENTREPRISE, MANDATAIRE ou GESTIONNAIRE, rattachement, langue, statut.';

create table demande (
    id                     uuid primary key,
    entreprise_id          uuid not null references entreprise (id),
    auteur_id              uuid not null references utilisateur (id),
    type                   text not null,
    statut                 text not null,
    contenu                jsonb not null,
    soumise_le             timestamptz not null,
    constraint demande_type_valeurs check (type in ('CHANGEMENT_GARANTIE', 'AFFILIATION_SALARIE', 'MAJ_ENTREPRISE',
        'MAJ_SALARIE', 'MAJ_MODALITES_PAIEMENT', 'MAJ_SALAIRE_REFERENCE', 'MAJ_PAYS_EXPATRIATION',
        'RADIATION_SALARIE', 'AUTRE')),
    constraint demande_statut_valeurs check (statut in ('EN_COURS', 'VALIDEE', 'REJETEE', 'EN_ATTENTE_DE_RETOUR')),
    constraint demande_contenu_objet check (jsonb_typeof(contenu) = 'object')
);
create index demande_par_entreprise on demande (entreprise_id, soumise_le desc, id);
create index demande_par_statut on demande (statut, soumise_le);
create index demande_par_auteur on demande (auteur_id);
comment on table demande is 'Demande de modification soumise par un utilisateur et traitée par la gestion; contenu typé selon type (jsonb).';

create table demande_evenement (
    demande_id             uuid not null references demande (id) on delete cascade,
    rang                   integer not null,
    instant                timestamptz not null,
    auteur_id              uuid not null references utilisateur (id),
    type                   text not null,
    statut                 text not null,
    message                text,
    -- The primary key also serves the lookup of a demande's history.
    primary key (demande_id, rang),
    constraint demande_evenement_rang_positif check (rang >= 0),
    constraint demande_evenement_type_valeurs
        check (type in ('SOUMISSION', 'VALIDATION', 'REJET', 'DEMANDE_DE_COMPLEMENT', 'REPONSE')),
    constraint demande_evenement_statut_valeurs
        check (statut in ('EN_COURS', 'VALIDEE', 'REJETEE', 'EN_ATTENTE_DE_RETOUR')),
    constraint demande_evenement_message_longueur check (char_length(message) <= 4000)
);
comment on table demande_evenement is 'Historique d''une demande: chaque soumission, décision, demande de complément ou réponse.';
