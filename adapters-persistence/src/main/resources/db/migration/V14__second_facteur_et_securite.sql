-- The second factor and what secures an account beyond its password: the TOTP factor and its recovery codes, the
-- enrolment under way, the logins waiting for their code, personal API tokens, the browsers each user logged in
-- from, and what a user's list of his sessions shows. The TOTP secrets are the only secrets the portal must read
-- back: they are stored encrypted with AES-256-GCM under a key kept outside the database (ESPACE_CLE_SECRETS), as
-- a random 12-byte nonce, then the ciphertext, then the 16-byte tag (10 to 64 bytes of secret: 38 to 92 bytes).
-- Every other secret is stored as its SHA-256 in hex: tokens, device identifiers and recovery codes all carry 80
-- random bits or more, so they need neither salt nor slow hash.

create table second_facteur (
    utilisateur_id         uuid primary key references utilisateur (id),
    secret_chiffre         bytea not null,
    actif_depuis           timestamptz not null,
    dernier_pas            bigint not null,
    constraint second_facteur_secret_chiffre_longueur check (octet_length(secret_chiffre) between 38 and 92)
);
comment on table second_facteur is 'Second facteur TOTP d''un compte (au plus un): son secret chiffré, depuis quand il est actif, le dernier pas de 30 s dont un code a été accepté.';
comment on column second_facteur.secret_chiffre is 'Secret TOTP chiffré en AES-256-GCM: nonce aléatoire de 12 octets, chiffré, étiquette de 16 octets; la clé n''est pas dans la base.';
comment on column second_facteur.dernier_pas is 'Pas (secondes Unix / 30) du dernier code accepté: un code d''un pas antérieur ou égal est refusé, ce qui empêche son rejeu.';

create table code_de_secours (
    utilisateur_id         uuid not null references second_facteur (utilisateur_id) on delete cascade,
    empreinte_code         text not null,
    utilise_le             timestamptz,
    -- Also the index of the lookup of a factor's codes.
    primary key (utilisateur_id, empreinte_code),
    constraint code_de_secours_empreinte_code_sha256 check (empreinte_code ~ '^[0-9a-f]{64}$')
);
comment on table code_de_secours is 'Codes de secours à usage unique d''un second facteur, par l''empreinte SHA-256 du code normalisé (jamais le code); utilise_le dit quand il a servi.';

create table enrolement_second_facteur (
    utilisateur_id         uuid primary key references utilisateur (id),
    secret_chiffre         bytea not null,
    commence_le            timestamptz not null,
    constraint enrolement_second_facteur_secret_chiffre_longueur
        check (octet_length(secret_chiffre) between 38 and 92)
);
comment on table enrolement_second_facteur is 'Enrôlement d''un second facteur en cours (au plus un par compte), en attente du premier code de l''application: le secret montré, chiffré comme celui de second_facteur.';

create table connexion_en_attente (
    empreinte_jeton        text primary key,
    utilisateur_id         uuid not null references utilisateur (id),
    par_mot_de_passe_provisoire boolean not null,
    expire_le              timestamptz not null,
    constraint connexion_en_attente_empreinte_jeton_sha256 check (empreinte_jeton ~ '^[0-9a-f]{64}$')
);
-- The hourly purge of those expired.
create index connexion_en_attente_par_expiration on connexion_en_attente (expire_le);
comment on table connexion_en_attente is 'Connexion dont le mot de passe était juste, en attente du code du second facteur (5 minutes), trouvée par l''empreinte SHA-256 du jeton de la page.';

create table jeton_api (
    id                     uuid primary key,
    empreinte_jeton        text not null,
    utilisateur_id         uuid not null references utilisateur (id),
    nom                    text not null,
    droits                 text not null,
    cree_le                timestamptz not null,
    expire_le              timestamptz not null,
    dernier_usage          timestamptz,
    revoque_le             timestamptz,
    -- Also the index of the lookup of every request an API client makes.
    constraint jeton_api_empreinte_jeton_unique unique (empreinte_jeton),
    constraint jeton_api_empreinte_jeton_sha256 check (empreinte_jeton ~ '^[0-9a-f]{64}$'),
    constraint jeton_api_nom_longueur check (char_length(nom) between 1 and 80),
    constraint jeton_api_droits_valeurs check (droits in ('LECTURE', 'ECRITURE')),
    constraint jeton_api_expiration_bornee check (expire_le > cree_le and expire_le <= cree_le + interval '366 days')
);
-- A user's tokens, newest first; a deleted account's tokens.
create index jeton_api_par_utilisateur on jeton_api (utilisateur_id, cree_le desc);
comment on table jeton_api is 'Jeton personnel d''accès à l''API (client machine): nom, droits LECTURE ou ECRITURE, expiration à un an au plus, dernier usage, révocation; trouvé par l''empreinte SHA-256 du jeton, montré une seule fois.';

create table appareil (
    utilisateur_id         uuid not null references utilisateur (id),
    empreinte_appareil     text not null,
    vu_le                  timestamptz not null,
    -- Also the index of the lookup at each login, and of the erasure of a deleted account's browsers.
    primary key (utilisateur_id, empreinte_appareil),
    constraint appareil_empreinte_appareil_sha256 check (empreinte_appareil ~ '^[0-9a-f]{64}$')
);
comment on table appareil is 'Navigateur depuis lequel un compte s''est connecté, par l''empreinte SHA-256 de l''identifiant aléatoire que garde son cookie: une connexion depuis un autre est signalée par courriel.';

-- What a user's list of his sessions shows. The sessions opened before carry placeholders: no address, another
-- browser; they end within twelve hours anyway.
alter table session_utilisateur
    add column ip text not null default '0.0.0.0',
    add column navigateur text not null default 'AUTRE',
    add column second_facteur_le timestamptz,
    add constraint session_utilisateur_ip_format check (ip ~ '^[0-9A-Fa-f.:]{1,45}$'),
    add constraint session_utilisateur_navigateur_valeurs check (navigateur in ('EDGE', 'OPERA', 'FIREFOX',
        'CHROME', 'SAFARI', 'CLIENT_API', 'AUTRE'));
alter table session_utilisateur alter column ip drop default, alter column navigateur drop default;
comment on column session_utilisateur.ip is 'Adresse IP de la connexion qui a ouvert la session (0.0.0.0 pour les sessions ouvertes avant qu''elle soit gardée).';
comment on column session_utilisateur.navigateur is 'Famille du programme qui a ouvert la session, tirée de son User-Agent (jamais l''en-tête lui-même).';
comment on column session_utilisateur.second_facteur_le is 'Dernière vérification du second facteur dans la session (connexion, enrôlement, nouvelle demande du code); nulle si jamais.';

alter table session_utilisateur drop constraint session_utilisateur_etapes_valeurs;
alter table session_utilisateur add constraint session_utilisateur_etapes_valeurs check (
    etapes_en_attente <@ array['CHANGER_MOT_DE_PASSE', 'CONFIRMER_EMAIL', 'ENROLER_SECOND_FACTEUR',
        'ACCEPTER_CGU']::text[]
    and array_position(etapes_en_attente, null) is null);

alter table evenement_audit drop constraint evenement_audit_type_valeurs;
alter table evenement_audit add constraint evenement_audit_type_valeurs check (type in ('CONNEXION_REUSSIE',
    'CONNEXION_ECHOUEE', 'CONNEXION_BLOQUEE', 'DECONNEXION', 'MOT_DE_PASSE_CHANGE', 'MOT_DE_PASSE_OUBLIE',
    'IDENTIFIANT_OUBLIE', 'EMAIL_CONFIRME', 'CGU_ACCEPTEES', 'INSCRIPTION_DEMANDEE', 'INSCRIPTION_VALIDEE',
    'INSCRIPTION_REJETEE', 'DEMANDE_SOUMISE', 'DEMANDE_REPONDUE', 'DEMANDE_VALIDEE', 'DEMANDE_REJETEE',
    'DEMANDE_COMPLEMENT_DEMANDE',
    'CGU_PUBLIEES', 'MAINTENANCE_MODIFIEE', 'COMPTE_SUSPENDU', 'COMPTE_REACTIVE', 'COMPTE_SUPPRIME',
    'DOCUMENT_PUBLIE', 'DOCUMENT_RETIRE', 'CONTENU_MODIFIE', 'DONNEES_PERSONNELLES_EXPORTEES',
    'CONSENTEMENT_PROSPECTION_MODIFIE',
    'SECOND_FACTEUR_ACTIVE', 'SECOND_FACTEUR_REINITIALISE', 'SECOND_FACTEUR_ECHOUE', 'CODE_DE_SECOURS_UTILISE',
    'CODES_DE_SECOURS_REGENERES', 'JETON_API_CREE', 'JETON_API_REVOQUE', 'SESSIONS_FERMEES'));

alter table boite_d_envoi drop constraint boite_d_envoi_type_valeurs;
alter table boite_d_envoi add constraint boite_d_envoi_type_valeurs check (type in ('MOT_DE_PASSE_PROVISOIRE',
    'RAPPEL_NUMERO_ADHERENT', 'INSCRIPTION_REJETEE', 'CODE_CONFIRMATION_EMAIL', 'DEMANDE_RECUE',
    'DEMANDE_STATUT_CHANGE', 'COMPTE_SUSPENDU', 'COMPTE_REACTIVE', 'COMPTE_SUPPRIME',
    'SECURITE_MOT_DE_PASSE_CHANGE', 'SECURITE_SECOND_FACTEUR_ACTIVE', 'SECURITE_SECOND_FACTEUR_REINITIALISE',
    'SECURITE_CODE_DE_SECOURS_UTILISE', 'SECURITE_JETON_API_CREE', 'SECURITE_NOUVEL_APPAREIL'));
