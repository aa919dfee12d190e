-- Accounts (issue 3): credentials, sessions, sign-up requests, CGU versions and acceptances, audit trail, and the
-- throttling of logins on numéros no account holds. No secret in clear anywhere (DESIGN.md §4): passwords,
-- temporary passwords and e-mail codes are stored as PHC hashes ("$argon2id$v=19$m=…$salt$hash", which the checks
-- below require), session tokens as their SHA-256. Accounts are never deleted (statut SUPPRIME), so the foreign keys
-- to utilisateur need no index of their own.

create table identifiants (
    utilisateur_id                    uuid primary key references utilisateur (id),
    empreinte_mot_de_passe            text,
    empreinte_mot_de_passe_provisoire text,
    mot_de_passe_provisoire_expire_le timestamptz,
    -- Throttling (CNIL 2022-100): failures since the last success, and the instants of the recent ones.
    echecs_consecutifs                integer not null default 0,
    echecs_recents                    timestamptz[] not null default '{}',
    email_confirme                    text,
    empreinte_code_email              text,
    code_email_adresse                text,
    code_email_expire_le              timestamptz,
    code_email_essais_restants        integer,
    derniere_connexion                timestamptz,
    constraint identifiants_empreinte_mot_de_passe_phc
        check (empreinte_mot_de_passe ~ '^\$[a-z0-9-]{1,32}(\$[A-Za-z0-9+/=,.-]+){2,4}$'),
    constraint identifiants_provisoire_complet check (
        (empreinte_mot_de_passe_provisoire is null) = (mot_de_passe_provisoire_expire_le is null)),
    constraint identifiants_empreinte_provisoire_phc
        check (empreinte_mot_de_passe_provisoire ~ '^\$[a-z0-9-]{1,32}(\$[A-Za-z0-9+/=,.-]+){2,4}$'),
    constraint identifiants_echecs_consecutifs_positifs check (echecs_consecutifs >= 0),
    constraint identifiants_echecs_recents_bornes check (
        cardinality(echecs_recents) <= 25 and array_position(echecs_recents, null) is null),
    constraint identifiants_email_confirme_longueur check (char_length(email_confirme) <= 254),
    constraint identifiants_code_email_complet check (
        (empreinte_code_email is null) = (code_email_adresse is null)
        and (empreinte_code_email is null) = (code_email_expire_le is null)
        and (empreinte_code_email is null) = (code_email_essais_restants is null)),
    constraint identifiants_empreinte_code_email_phc
        check (empreinte_code_email ~ '^\$[a-z0-9-]{1,32}(\$[A-Za-z0-9+/=,.-]+){2,4}$'),
    constraint identifiants_code_email_adresse_longueur check (char_length(code_email_adresse) <= 254),
    constraint identifiants_code_email_essais check (code_email_essais_restants between 0 and 5)
);
comment on table identifiants is 'Identifiants d''un compte: empreintes du mot de passe, du mot de passe provisoire et du code de confirmation d''e-mail, temporisation des échecs, dernière connexion.';

create table session_utilisateur (
    id                     uuid primary key,
    empreinte_jeton        text not null,
    utilisateur_id         uuid not null references utilisateur (id),
    ouverte_le             timestamptz not null,
    derniere_activite      timestamptz not null,
    revoquee_le            timestamptz,
    etapes_en_attente      text[] not null default '{}',
    -- Also the index of the lookup of every request.
    constraint session_utilisateur_empreinte_jeton_unique unique (empreinte_jeton),
    constraint session_utilisateur_empreinte_jeton_sha256 check (empreinte_jeton ~ '^[0-9a-f]{64}$'),
    constraint session_utilisateur_activite_ordonnee check (derniere_activite >= ouverte_le),
    constraint session_utilisateur_etapes_valeurs check (
        etapes_en_attente <@ array['CHANGER_MOT_DE_PASSE', 'CONFIRMER_EMAIL', 'ACCEPTER_CGU']::text[]
        and array_position(etapes_en_attente, null) is null)
);
-- Revoking every live session of a user (password change, suspension).
create index session_utilisateur_vivantes_par_utilisateur on session_utilisateur (utilisateur_id)
    where revoquee_le is null;
-- Purging the sessions long past their 12-hour limit.
create index session_utilisateur_par_ouverture on session_utilisateur (ouverte_le);
comment on table session_utilisateur is 'Session ouverte, trouvée par l''empreinte SHA-256 de son jeton (jamais le jeton), avec les étapes obligatoires qui restent.';

create table demande_inscription (
    id                     uuid primary key,
    profil                 text not null,
    raison_sociale         text,
    siret                  text,
    email                  text not null,
    numero_adherent        text not null,
    nom                    text not null,
    prenom                 text not null,
    date_naissance         date not null,
    langue                 text not null,
    recue_le               timestamptz not null,
    statut                 text not null,
    decidee_par            uuid references utilisateur (id),
    decidee_le             timestamptz,
    motif                  text,
    constraint demande_inscription_profil_valeurs check (profil in ('ENTREPRISE', 'MANDATAIRE')),
    -- A mandataire is asked neither raison sociale nor SIRET.
    constraint demande_inscription_champs_du_profil check (
        (profil = 'ENTREPRISE' and raison_sociale is not null and siret is not null)
        or (profil = 'MANDATAIRE' and raison_sociale is null and siret is null)),
    constraint demande_inscription_raison_sociale_longueur check (char_length(raison_sociale) between 1 and 100),
    constraint demande_inscription_siret_format check (siret ~ '^[0-9]{14}$'),
    constraint demande_inscription_email_longueur check (char_length(email) <= 254),
    constraint demande_inscription_numero_adherent_format check (numero_adherent ~ '^[0-9]{8}$'),
    constraint demande_inscription_nom_longueur check (char_length(nom) between 1 and 80),
    constraint demande_inscription_prenom_longueur check (char_length(prenom) between 1 and 80),
    constraint demande_inscription_langue_valeurs check (langue in ('FR', 'EN')),
    constraint demande_inscription_statut_valeurs check (statut in ('EN_ATTENTE', 'VALIDEE', 'REJETEE')),
    -- Decided exactly when no longer pending; a rejection says why, a validation does not.
    constraint demande_inscription_decision_complete check (
        (statut = 'EN_ATTENTE') = (decidee_par is null)
        and (decidee_par is null) = (decidee_le is null)
        and (motif is not null) = (statut = 'REJETEE')),
    constraint demande_inscription_motif_longueur check (char_length(motif) between 1 and 2000)
);
-- The back office's queue: pending requests, oldest first, keyset on (recue_le, id).
create index demande_inscription_en_attente on demande_inscription (recue_le, id) where statut = 'EN_ATTENTE';
-- The validated request an account was opened from.
create index demande_inscription_validees_par_numero on demande_inscription (numero_adherent, decidee_le desc)
    where statut = 'VALIDEE';
comment on table demande_inscription is 'Demande de création de compte telle que saisie, puis la décision de la gestion (qui, quand, motif d''un rejet).';

create table version_cgu (
    version                text primary key,
    publiee_le             timestamptz not null,
    texte_fr               text not null,
    texte_en               text not null,
    -- One version in force at a time; also the index of the lookup of the current one.
    constraint version_cgu_publiee_le_unique unique (publiee_le),
    constraint version_cgu_version_format check (version ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
    constraint version_cgu_textes_presents check (btrim(texte_fr) <> '' and btrim(texte_en) <> '')
);
comment on table version_cgu is 'Versions publiées des conditions générales d''utilisation, avec leur texte en français et en anglais.';

create table acceptation_cgu (
    utilisateur_id         uuid not null references utilisateur (id),
    acceptee_le            timestamptz not null,
    version                text not null references version_cgu (version),
    -- Every acceptance is kept as evidence; the key also serves the lookup of a user's latest one.
    primary key (utilisateur_id, acceptee_le, version)
);
comment on table acceptation_cgu is 'Acceptation expresse d''une version des CGU par un utilisateur, à un instant; toutes sont conservées.';

create table evenement_audit (
    id                     uuid primary key,
    instant                timestamptz not null,
    type                   text not null,
    utilisateur_id         uuid references utilisateur (id),
    numero_adherent        text,
    ip                     text not null,
    detail                 text,
    constraint evenement_audit_type_valeurs check (type in ('CONNEXION_REUSSIE', 'CONNEXION_ECHOUEE',
        'CONNEXION_BLOQUEE', 'DECONNEXION', 'MOT_DE_PASSE_CHANGE', 'MOT_DE_PASSE_OUBLIE', 'IDENTIFIANT_OUBLIE',
        'EMAIL_CONFIRME', 'CGU_ACCEPTEES', 'INSCRIPTION_DEMANDEE', 'INSCRIPTION_VALIDEE', 'INSCRIPTION_REJETEE')),
    constraint evenement_audit_numero_adherent_format check (numero_adherent ~ '^[0-9]{8}$'),
    constraint evenement_audit_ip_format check (ip ~ '^[0-9A-Fa-f.:]{1,45}$'),
    constraint evenement_audit_detail_longueur check (char_length(detail) between 1 and 200)
);
-- The trail, newest first, keyset on (instant, id) descending; and the same for one numéro d'adhérent.
create index evenement_audit_chronologique on evenement_audit (instant desc, id desc);
create index evenement_audit_par_numero on evenement_audit (numero_adherent, instant desc, id desc)
    where numero_adherent is not null;
comment on table evenement_audit is 'Journal d''audit des comptes (connexions, déconnexions, mots de passe, inscriptions…): instant, compte, adresse IP; jamais de secret.';

create table temporisation_sans_compte (
    numero_adherent        text primary key,
    echecs_consecutifs     integer not null,
    echecs_recents         timestamptz[] not null,
    -- The newest of echecs_recents, which the purge of forgotten numéros goes by.
    dernier_echec          timestamptz not null,
    constraint temporisation_sans_compte_numero_adherent_format check (numero_adherent ~ '^[0-9]{8}$'),
    constraint temporisation_sans_compte_echecs_consecutifs_positifs check (echecs_consecutifs >= 0),
    constraint temporisation_sans_compte_echecs_recents_bornes check (
        cardinality(echecs_recents) between 1 and 25 and array_position(echecs_recents, null) is null)
);
create index temporisation_sans_compte_par_dernier_echec on temporisation_sans_compte (dernier_echec);
comment on table temporisation_sans_compte is 'Temporisation des échecs de connexion sur un numéro d''adhérent qu''aucun compte ne porte, pour qu''il se comporte comme un vrai compte.';

-- The first version of the CGU, in force from its publication.
insert into version_cgu (version, publiee_le, texte_fr, texte_en) values ('2026-11', '2026-11-01T00:00:00Z',
$cgu_fr$Conditions générales d'utilisation de l'Espace Entreprise
Version 2026-11, publiée le 1er novembre 2026

Article 1 — Objet
Les présentes conditions fixent les règles d'utilisation de l'Espace Entreprise, service en ligne réservé aux entreprises qui ont souscrit un contrat collectif de protection sociale pour leurs salariés expatriés et aux mandataires qui gèrent de tels contrats pour leur compte. Elles s'appliquent à chaque utilisation du service, dès la première connexion. Dans ce texte, « nous » désigne le gestionnaire de l'Espace Entreprise.

Article 2 — Définitions
L'« utilisateur » est la personne physique titulaire d'un compte, qui agit pour une entreprise ou pour un mandataire. Les « identifiants » sont le numéro d'adhérent et le mot de passe qui permettent d'ouvrir une session. Le « périmètre » est l'ensemble des entreprises et des contrats qu'un compte permet de consulter.

Article 3 — Services proposés
L'Espace Entreprise permet notamment de consulter les contrats et leurs garanties, de suivre les salariés affiliés et d'obtenir leurs attestations, de consulter les appels de cotisations et leur état de paiement, d'adresser des demandes de modification et d'en suivre le traitement, de télécharger des documents pratiques et de trouver les numéros d'assistance. Chaque compte ne donne accès qu'à son périmètre.

Article 4 — Ouverture du compte
Le compte se demande en ligne, au moyen d'un formulaire en deux étapes. Nos services examinent la demande au regard des informations qu'ils détiennent sur l'adhérent avant d'ouvrir le compte. Si la demande est acceptée, l'utilisateur reçoit deux courriels séparés : l'un contient un mot de passe provisoire, l'autre lui rappelle son numéro d'adhérent. Un numéro d'adhérent ne peut porter qu'un seul compte actif.

Article 5 — Première connexion
À la première connexion, et après toute connexion faite avec un mot de passe provisoire, l'utilisateur choisit son propre mot de passe, confirme son adresse électronique en saisissant un code à six chiffres valable dix minutes, puis accepte la version en vigueur des présentes conditions. Tant que ces trois étapes ne sont pas accomplies, aucune autre fonction n'est accessible. Un mot de passe provisoire ne sert qu'une fois et cesse de fonctionner soixante-douze heures après son envoi.

Article 6 — Identifiants et sécurité
Les identifiants sont personnels et confidentiels. L'utilisateur choisit un mot de passe d'au moins douze caractères, difficile à deviner, qu'il n'emploie pour aucun autre service. Il ne le communique à personne, pas même à quelqu'un qui se dit membre de nos équipes : nous ne le demandons jamais. Nous ne conservons qu'une empreinte irréversible des mots de passe. Après plusieurs échecs de connexion, une nouvelle tentative n'est possible qu'après un délai qui augmente à chaque échec. Une session se ferme après trente minutes sans activité et, au plus tard, douze heures après son ouverture.

Article 7 — Identifiants perdus ou compromis
L'utilisateur qui a oublié son mot de passe en demande un nouveau, provisoire, à partir de son numéro d'adhérent ; celui qui a oublié son numéro d'adhérent en demande le rappel à partir de son adresse électronique. S'il pense qu'une autre personne connaît son mot de passe, il le change aussitôt depuis son espace et prévient le Centre relations clients. Changer de mot de passe ferme toutes ses autres sessions.

Article 8 — Engagements de l'utilisateur
L'utilisateur fournit des informations exactes et les tient à jour. Il n'utilise le service que pour gérer les contrats dont il a la charge, ne consulte que les données de son périmètre et garde confidentielles les informations sur les salariés. Il s'abstient de toute tentative d'accès frauduleux, de toute extraction massive de données et de tout acte qui gênerait le fonctionnement du service. Il se déconnecte à la fin de chaque utilisation, surtout sur un poste partagé.

Article 9 — Demandes en ligne
Nos services traitent les demandes envoyées depuis l'Espace Entreprise dans l'ordre où elles arrivent. L'utilisateur suit en ligne leur état : en cours, validée, rejetée ou en attente d'un complément de sa part. Une demande ne produit d'effet qu'une fois validée ; jusque-là, les informations affichées restent celles qui sont enregistrées.

Article 10 — Disponibilité et maintenance
Le service est en principe ouvert à toute heure, tous les jours. Il peut être interrompu, en entier ou pour une seule rubrique, pour une maintenance, une mise à jour ou à la suite d'un incident ; un avis affiché sur l'écran de connexion le signale chaque fois que c'est possible. Une interruption ne donne droit à aucune indemnité.

Article 11 — Données personnelles
Nous traitons les données du service (identité et coordonnées des utilisateurs, données des salariés affiliés, journal des connexions) pour gérer les comptes, exécuter les contrats, protéger le service et remplir nos obligations légales. Seules les personnes habilitées y ont accès, et nous ne les gardons que le temps nécessaire à ces finalités. En application du règlement (UE) 2016/679 et de la loi « Informatique et Libertés » du 6 janvier 1978, toute personne concernée peut accéder à ses données, les faire rectifier ou effacer, en limiter le traitement ou s'y opposer, en écrivant au Centre relations clients ; elle peut aussi adresser une réclamation à la CNIL.

Article 12 — Cookies
L'Espace Entreprise n'utilise que des cookies indispensables à son fonctionnement : maintien de la session, protection des formulaires et mémorisation de la langue choisie. Il n'utilise aucun cookie publicitaire ni de mesure d'audience.

Article 13 — Responsabilité
Les informations affichées reflètent nos fichiers au moment de la consultation et sont données à titre indicatif ; seuls les contrats et les documents contractuels font foi. Nous prenons des mesures raisonnables pour que le service soit sûr et disponible, sans pouvoir garantir qu'il ne connaîtra ni interruption ni erreur. L'utilisateur répond de l'usage de ses identifiants tant qu'il ne nous a pas signalé leur perte ou leur divulgation.

Article 14 — Suspension et fin de l'accès
Nous pouvons suspendre un compte en cas de manquement aux présentes conditions ou de menace pour la sécurité du service. L'accès reste ouvert pendant deux ans après la fin du dernier contrat ou du dernier mandat rattaché au compte ; il est ensuite fermé.

Article 15 — Évolution des conditions
Ces conditions peuvent changer. Chaque nouvelle version porte un numéro et une date de publication, et l'utilisateur doit l'accepter expressément à sa connexion suivante, avant toute autre action. Nous enregistrons chaque acceptation avec la version acceptée, la date et l'heure.

Article 16 — Droit applicable
Les présentes conditions sont soumises au droit français. Faute d'accord amiable, tout litige sur leur interprétation ou leur exécution est porté devant les tribunaux français compétents.

Article 17 — Contact
Pour toute question sur l'Espace Entreprise ou sur un compte, le Centre relations clients répond du lundi au vendredi, de 8 h à 18 h (heure de Paris) : par téléphone au +33 (0)2 54 45 56 77, par courriel à gestion@welcare.fr.
$cgu_fr$,
$cgu_en$Terms of use of the Espace Entreprise
Version 2026-11, published on 1 November 2026

Article 1 — Purpose
These terms set the rules for using the Espace Entreprise, an online service reserved for companies that hold a group social protection contract for their expatriate employees and for the brokers who manage such contracts on their behalf. They apply every time the service is used, from the first login onwards. In these terms, "we" means the operator of the Espace Entreprise.

Article 2 — Definitions
The "user" is the individual who holds an account and acts for a company or for a broker. The "credentials" are the member number and the password used to open a session. The "scope" is the set of companies and contracts an account gives access to.

Article 3 — Services offered
The Espace Entreprise lets users, among other things, view contracts and their coverage, follow enrolled employees and obtain their enrolment certificates, view contribution calls and what has been paid on them, send change requests and follow how they are handled, download practical documents and find the assistance phone numbers. Each account gives access to its own scope only.

Article 4 — Opening an account
An account is requested online through a two-step form. Before opening the account, our staff check the request against the information they hold about the member. When the request is accepted, the user receives two separate e-mails: one holds a temporary password, the other reminds them of their member number. A member number can carry only one active account.

Article 5 — First login
At the first login, and after any login made with a temporary password, the user chooses their own password, confirms their e-mail address by typing a six-digit code valid for ten minutes, and then accepts the version of these terms in force. Until these three steps are done, no other function can be reached. A temporary password works once only and stops working seventy-two hours after it was sent.

Article 6 — Credentials and security
Credentials are personal and confidential. The user chooses a password of at least twelve characters, hard to guess, and uses it for no other service. They never disclose it to anyone, not even to someone claiming to be one of our staff: we never ask for it. We keep only an irreversible fingerprint (hash) of passwords. After several failed logins, a new attempt is possible only after a delay that grows with each failure. A session closes after thirty minutes without activity and, at the latest, twelve hours after it was opened.

Article 7 — Lost or compromised credentials
A user who forgot their password asks for a new, temporary one with their member number; a user who forgot their member number asks for a reminder with their e-mail address. A user who believes someone else knows their password changes it at once from their space and informs the Customer Service Centre. Changing the password closes all the user's other sessions.

Article 8 — User commitments
The user provides accurate information and keeps it up to date. They use the service only to manage the contracts they are in charge of, view only the data within their scope and keep information about employees confidential. They refrain from any attempt at fraudulent access, any bulk extraction of data and anything that would disturb the running of the service. They log out at the end of each use, especially on a shared computer.

Article 9 — Online requests
Our staff handle the requests sent from the Espace Entreprise in the order they arrive. The user follows their status online: in progress, validated, rejected, or awaiting further information from them. A request takes effect only once validated; until then, the information displayed remains what is on record.

Article 10 — Availability and maintenance
The service is in principle open at any hour, every day. It may be interrupted, entirely or for a single section, for maintenance, for an update or after an incident; a message on the login page announces it whenever possible. An interruption gives no right to compensation.

Article 11 — Personal data
We process the data of the service (identity and contact details of users, data of enrolled employees, login records) to manage accounts, perform the contracts, protect the service and meet our legal obligations. Only authorised staff can access them, and we keep them no longer than these purposes require. Under Regulation (EU) 2016/679 and the French Data Protection Act, every data subject may access their data, have it corrected or erased, restrict its processing or object to it, by writing to the Customer Service Centre; they may also lodge a complaint with the CNIL.

Article 12 — Cookies
The Espace Entreprise uses only the cookies it cannot work without: keeping the session, protecting forms and remembering the chosen language. It uses no advertising or audience measurement cookie.

Article 13 — Liability
The information displayed reflects our records at the time it is viewed and is given for information only; only the contracts and contractual documents are authoritative. We take reasonable measures to keep the service secure and available, but cannot guarantee that it will never be interrupted or wrong. The user is answerable for the use of their credentials until they have told us of their loss or disclosure.

Article 14 — Suspension and end of access
We may suspend an account if these terms are breached or if the security of the service is threatened. Access remains open for two years after the end of the last contract or last mandate linked to the account; it is then closed.

Article 15 — Changes to these terms
These terms may change. Each new version bears a number and a publication date, and the user must expressly accept it at their next login, before doing anything else. We record each acceptance with the version accepted, the date and the time.

Article 16 — Applicable law
These terms are governed by French law. Failing an amicable settlement, any dispute about their interpretation or performance is brought before the competent French courts.

Article 17 — Contact
For any question about the Espace Entreprise or an account, the Customer Service Centre answers Monday to Friday, 8:00 to 18:00 Paris time: by phone on +33 (0)2 54 45 56 77, by e-mail at gestion@welcare.fr.
$cgu_en$);
