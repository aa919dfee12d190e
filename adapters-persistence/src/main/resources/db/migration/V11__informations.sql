-- The informations rubriques (issue 6): emergency numbers per zone and the management centre, the sales team's
-- contacts, the FAQ and the help of each rubrique, in French and English. The back office edits the first three;
-- the help follows the portal's releases and changes with a migration. Seeded here rather than as demo data:
-- a new installation must show real content from its first start.

create table numero_urgence (
    zone      text primary key,
    telephone text not null,
    note_fr   text not null,
    note_en   text not null,
    constraint numero_urgence_zone_valeurs check (zone in ('EUROPE', 'AFRIQUE', 'AMERIQUE_DU_NORD',
        'AMERIQUE_LATINE_CARAIBES', 'MOYEN_ORIENT', 'ASIE', 'OCEANIE')),
    constraint numero_urgence_telephone_format check (telephone ~ '^\+[1-9][0-9]{7,14}$'),
    constraint numero_urgence_note_fr_longueur check (char_length(note_fr) between 1 and 300),
    constraint numero_urgence_note_en_longueur check (char_length(note_en) between 1 and 300)
);
comment on table numero_urgence is 'Numéro d''assistance (avance de frais d''hospitalisation, assistance médicale) par zone d''expatriation.';

create table centre_de_gestion (
    id        smallint primary key default 1,
    telephone text not null,
    note_fr   text not null,
    note_en   text not null,
    constraint centre_de_gestion_unique check (id = 1),
    constraint centre_de_gestion_telephone_format check (telephone ~ '^\+[1-9][0-9]{7,14}$'),
    constraint centre_de_gestion_note_fr_longueur check (char_length(note_fr) between 1 and 300),
    constraint centre_de_gestion_note_en_longueur check (char_length(note_en) between 1 and 300)
);
comment on table centre_de_gestion is 'Le numéro du centre de gestion des contrats (une seule ligne).';

create table contact_commercial (
    id          uuid primary key,
    ordre       integer not null,
    nom         text not null,
    fonction_fr text not null,
    fonction_en text not null,
    telephone   text not null,
    email       text not null,
    secteur_fr  text not null,
    secteur_en  text not null,
    constraint contact_commercial_ordre_borne check (ordre between 0 and 999),
    constraint contact_commercial_nom_longueur check (char_length(nom) between 1 and 100),
    constraint contact_commercial_fonction_fr_longueur check (char_length(fonction_fr) between 1 and 100),
    constraint contact_commercial_fonction_en_longueur check (char_length(fonction_en) between 1 and 100),
    constraint contact_commercial_telephone_format check (telephone ~ '^\+[1-9][0-9]{7,14}$'),
    constraint contact_commercial_email_longueur check (char_length(email) between 3 and 254),
    constraint contact_commercial_secteur_fr_longueur check (char_length(secteur_fr) between 1 and 200),
    constraint contact_commercial_secteur_en_longueur check (char_length(secteur_en) between 1 and 200)
);
comment on table contact_commercial is 'Les interlocuteurs de l''équipe commerciale, affichés dans la rubrique Contact.';

create table question_faq (
    id          uuid primary key,
    theme       text not null,
    ordre       integer not null,
    question_fr text not null,
    question_en text not null,
    reponse_fr  text not null,
    reponse_en  text not null,
    constraint question_faq_theme_valeurs check (theme in ('COMPTE', 'SALARIES', 'CONTRATS_COTISATIONS',
        'DEMANDES', 'EXPATRIATION')),
    constraint question_faq_ordre_borne check (ordre between 0 and 999),
    constraint question_faq_question_fr_longueur check (char_length(question_fr) between 1 and 300),
    constraint question_faq_question_en_longueur check (char_length(question_en) between 1 and 300),
    constraint question_faq_reponse_fr_longueur check (char_length(reponse_fr) between 1 and 4000),
    constraint question_faq_reponse_en_longueur check (char_length(reponse_en) between 1 and 4000)
);
comment on table question_faq is 'Foire aux questions. Quelques centaines de lignes au plus : la recherche la parcourt (ILIKE) sans index.';

create table aide_rubrique (
    rubrique text primary key,
    texte_fr text not null,
    texte_en text not null,
    constraint aide_rubrique_valeurs check (rubrique in ('ACCUEIL', 'INTERLOCUTEUR', 'SALARIES', 'CONTRATS',
        'COTISATIONS', 'DEMANDES', 'TELECHARGEMENT', 'URGENCE', 'CONTACT', 'MON_COMPTE', 'DONNEES_PERSONNELLES')),
    constraint aide_rubrique_texte_fr_longueur check (char_length(texte_fr) between 1 and 4000),
    constraint aide_rubrique_texte_en_longueur check (char_length(texte_en) between 1 and 4000)
);
comment on table aide_rubrique is 'L''aide à l''utilisation : un texte par rubrique du portail.';

insert into numero_urgence (zone, telephone, note_fr, note_en) values
('EUROPE', '+33155924000',
 'Plateau d''assistance joignable 24 h/24 et 7 j/7, en français, anglais, allemand et espagnol. Gardez à portée de main le numéro du contrat et le nom du salarié.',
 'Assistance desk open 24/7, in French, English, German and Spanish. Have the contract number and the employee''s name at hand.'),
('AFRIQUE', '+33155924010',
 'Joignable 24 h/24. Pour une hospitalisation, appelez avant l''admission quand c''est possible : nous réglons directement l''établissement.',
 'Open around the clock. For a hospital stay, call before admission when you can: we pay the hospital directly.'),
('AMERIQUE_DU_NORD', '+18005550142',
 'Numéro gratuit depuis les États-Unis et le Canada, 24 h/24. Une garantie de paiement est adressée à l''hôpital sous deux heures.',
 'Toll-free from the United States and Canada, 24/7. A payment guarantee is sent to the hospital within two hours.'),
('AMERIQUE_LATINE_CARAIBES', '+33155924020',
 'Joignable 24 h/24 en espagnol, portugais, français et anglais. Appel en PCV accepté.',
 'Open 24/7 in Spanish, Portuguese, French and English. Reverse-charge calls accepted.'),
('MOYEN_ORIENT', '+97144500180',
 'Plateau régional de Dubaï, 24 h/24, en arabe, anglais et français.',
 'Regional desk in Dubai, 24/7, in Arabic, English and French.'),
('ASIE', '+6563100250',
 'Plateau régional de Singapour, 24 h/24. Interprètes disponibles pour les langues de la région.',
 'Regional desk in Singapore, 24/7. Interpreters available for the languages of the region.'),
('OCEANIE', '+61290010360',
 'Plateau de Sydney, 24 h/24. Hors Australie, composez l''indicatif international complet.',
 'Sydney desk, 24/7. Outside Australia, dial the full international code.');

insert into centre_de_gestion (id, telephone, note_fr, note_en) values
(1, '+33254455677',
 'Pour vos contrats, cotisations et affiliations : du lundi au vendredi, de 8 h à 18 h (heure de Paris). En cas d''urgence médicale, appelez le numéro de la zone.',
 'For your contracts, contributions and enrolments: Monday to Friday, 8:00 to 18:00 (Paris time). For a medical emergency, call the zone''s number.');

insert into contact_commercial (id, ordre, nom, fonction_fr, fonction_en, telephone, email, secteur_fr, secteur_en) values
('6f1c2a10-3b4d-4e5f-8a61-0c1d2e3f4a01', 1, 'Claire Vasseur', 'Directrice commerciale', 'Sales director',
 '+33254455600', 'claire.vasseur@welcare.fr', 'Grands comptes, toutes zones', 'Key accounts, all zones'),
('6f1c2a10-3b4d-4e5f-8a61-0c1d2e3f4a02', 2, 'Mehdi Benali', 'Chargé d''affaires', 'Account manager',
 '+33254455611', 'mehdi.benali@welcare.fr', 'Afrique et Moyen-Orient', 'Africa and the Middle East'),
('6f1c2a10-3b4d-4e5f-8a61-0c1d2e3f4a03', 3, 'Sophie Laurent', 'Chargée d''affaires', 'Account manager',
 '+33254455622', 'sophie.laurent@welcare.fr', 'Europe et Amériques', 'Europe and the Americas'),
('6f1c2a10-3b4d-4e5f-8a61-0c1d2e3f4a04', 4, 'Thomas Nguyen', 'Chargé d''affaires', 'Account manager',
 '+33254455633', 'thomas.nguyen@welcare.fr', 'Asie et Océanie', 'Asia and Oceania'),
('6f1c2a10-3b4d-4e5f-8a61-0c1d2e3f4a05', 5, 'Julie Roche', 'Responsable des partenariats courtiers',
 'Broker partnerships manager', '+33254455644', 'julie.roche@welcare.fr',
 'Mandataires et courtiers', 'Brokers and agents');

insert into question_faq (id, theme, ordre, question_fr, question_en, reponse_fr, reponse_en) values
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a01', 'COMPTE', 1,
 'J''ai oublié mon mot de passe : que faire ?', 'I forgot my password: what should I do?',
 'Sur la page de connexion, choisissez « Mot de passe oublié » et saisissez votre numéro d''adhérent. Un mot de passe provisoire est envoyé à l''adresse e-mail de votre compte ; vous choisirez le vôtre à la connexion suivante.',
 'On the login page, choose "Forgotten password" and type your member number. A temporary password is sent to your account''s e-mail address; you will choose your own at the next login.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a02', 'COMPTE', 2,
 'Où trouver mon numéro d''adhérent ?', 'Where do I find my member number?',
 'Il figure sur vos appels de cotisations et sur le courrier de bienvenue. Vous pouvez aussi le recevoir par e-mail depuis « Identifiant oublié » sur la page de connexion.',
 'It is printed on your contribution calls and on the welcome letter. You can also have it sent by e-mail from "Forgotten login" on the login page.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a03', 'COMPTE', 3,
 'Mon compte est bloqué après plusieurs essais.', 'My account is locked after several attempts.',
 'Après plusieurs mots de passe erronés, la connexion est suspendue quelques minutes pour vous protéger. Patientez puis réessayez, ou demandez un mot de passe provisoire.',
 'After several wrong passwords, logging in is paused for a few minutes to protect you. Wait and try again, or ask for a temporary password.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a04', 'SALARIES', 1,
 'Comment télécharger l''attestation d''affiliation d''un salarié ?', 'How do I download an employee''s enrolment certificate?',
 'Ouvrez la rubrique Salariés, choisissez le salarié puis le contrat : l''attestation est produite en PDF. Un code imprimé dessus permet à un tiers d''en vérifier l''authenticité.',
 'Open the Employees section, pick the employee then the contract: the certificate is produced as a PDF. A code printed on it lets a third party check it is genuine.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a05', 'SALARIES', 2,
 'Comment affilier un nouveau salarié ?', 'How do I enrol a new employee?',
 'Dans la rubrique Demandes, choisissez « Affilier un salarié », indiquez son identité, son pays d''expatriation, le contrat et la date d''effet. Le suivi de la demande vous dira quand l''affiliation est faite.',
 'In the Requests section, choose "Enrol an employee" and give their identity, country of expatriation, the contract and the start date. Request tracking tells you when the enrolment is done.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a06', 'SALARIES', 3,
 'Un salarié change de pays d''expatriation.', 'An employee moves to another country.',
 'Faites une demande de mise à jour du pays d''expatriation. Le numéro d''assistance à appeler dépend de la zone : la rubrique Service d''urgence vous l''indique pour chaque pays de vos salariés.',
 'Send a request to update the country of expatriation. The assistance number to call depends on the zone: the Emergency section shows it for each of your employees'' countries.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a07', 'CONTRATS_COTISATIONS', 1,
 'Comment exporter mes appels de cotisations ?', 'How do I export my contribution calls?',
 'Dans la rubrique Cotisations, filtrez si besoin puis choisissez l''export PDF : il reprend tous les appels affichés. Chaque appel peut aussi être téléchargé seul.',
 'In the Contributions section, filter if needed then choose the PDF export: it holds every call shown. Each call can also be downloaded on its own.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a08', 'CONTRATS_COTISATIONS', 2,
 'Puis-je changer de garantie en cours d''année ?', 'Can I switch plans during the year?',
 'Oui, par une demande de changement de garantie sur le contrat concerné, avec la date d''effet souhaitée. Le nouveau niveau s''applique après validation par nos gestionnaires.',
 'Yes, with a plan change request on the contract concerned and the start date you want. The new level applies once our staff have validated it.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a09', 'CONTRATS_COTISATIONS', 3,
 'Comment modifier mes coordonnées bancaires ?', 'How do I change my bank details?',
 'Envoyez une demande de mise à jour des modalités de paiement avec le nouvel IBAN et le BIC. Le prélèvement suivant utilisera ces coordonnées une fois la demande validée.',
 'Send a request to update the payment details with the new IBAN and BIC. The next direct debit uses them once the request is validated.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a10', 'DEMANDES', 1,
 'Que signifie le statut « en attente de retour » ?', 'What does the status "awaiting reply" mean?',
 'Nos gestionnaires ont besoin d''une précision ou d''un justificatif. Ouvrez la demande, lisez leur message et répondez en joignant les pièces demandées : la demande repasse alors en cours.',
 'Our staff need a detail or a supporting document. Open the request, read their message and reply with the documents asked for: the request is then in progress again.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a11', 'DEMANDES', 2,
 'Quels fichiers puis-je joindre à une demande ?', 'Which files can I attach to a request?',
 'Des PDF, JPEG ou PNG, jusqu''à cinq fichiers de 5 Mo chacun.',
 'PDF, JPEG or PNG files, up to five files of 5 MB each.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a12', 'EXPATRIATION', 1,
 'Qui appeler en cas d''hospitalisation à l''étranger ?', 'Whom do I call for a hospital stay abroad?',
 'Le plateau d''assistance de la zone où se trouve le salarié, joignable jour et nuit : il organise la prise en charge et l''avance des frais. Les numéros sont dans la rubrique Service d''urgence.',
 'The assistance desk of the zone where the employee is, open day and night: it arranges the cover and advances the costs. The numbers are in the Emergency section.'),
('7a2b3c40-5d6e-4f70-9b81-1c2d3e4f5a13', 'EXPATRIATION', 2,
 'Où trouver les conseils de sécurité pour un pays ?', 'Where can I find safety advice for a country?',
 'La rubrique Informations de sécurité mène au site officiel de conseils aux voyageurs, mis à jour pays par pays.',
 'The Security information section leads to the official travel advice site, updated country by country.');

insert into aide_rubrique (rubrique, texte_fr, texte_en) values
('ACCUEIL',
 'La page d''accueil résume ce qui demande votre attention : les appels de cotisations à régler, les demandes en attente de votre retour et les entreprises que vous gérez. Chaque ligne mène à la rubrique concernée.',
 'The home page sums up what needs your attention: contribution calls to pay, requests awaiting your reply and the companies you manage. Each line leads to the section concerned.'),
('INTERLOCUTEUR',
 'Interlocuteur présente votre entreprise telle que nous la connaissons : raison sociale, SIRET, adresse de correspondance, e-mail, téléphone et modalités de paiement. Pour corriger l''une de ces informations, faites une demande depuis cette page.',
 'Contact details shows your company as we hold it: name, SIRET, mailing address, e-mail, phone and payment details. To correct any of them, send a request from this page.'),
('SALARIES',
 'Salariés liste vos salariés expatriés avec leur contrat et leur pays d''expatriation. Filtrez par nom, contrat ou pays, exportez la liste, et téléchargez l''attestation d''affiliation de chacun.',
 'Employees lists your expatriate employees with their contract and country of expatriation. Filter by name, contract or country, export the list, and download each one''s enrolment certificate.'),
('CONTRATS',
 'Contrats montre vos contrats collectifs, leur garantie, leurs options et leurs dates d''effet et de fin. Un contrat résilié reste visible deux ans après sa fin.',
 'Contracts shows your group contracts, their plan, options and start and end dates. A terminated contract stays visible for two years after it ends.'),
('COTISATIONS',
 'Cotisations détaille chaque appel : numéro de quittance, période, échéance, montant appelé, payé et restant dû. Vous pouvez exporter un appel ou toute la liste en PDF.',
 'Contributions details each call: receipt number, period, due date, amount called, paid and still due. You can export one call or the whole list as a PDF.'),
('DEMANDES',
 'Demandes vous permet d''envoyer une demande (changement de garantie, affiliation, mises à jour) et d''en suivre le statut : en cours, validée, rejetée ou en attente de votre retour. Vous êtes prévenu par e-mail à chaque étape.',
 'Requests lets you send a request (plan change, enrolment, updates) and follow its status: in progress, validated, rejected or awaiting your reply. You are told by e-mail at each step.'),
('TELECHARGEMENT',
 'Téléchargement rassemble les documents utiles : guides pratiques de l''expatriation, documents de règlement des cotisations, questionnaires médicaux, feuilles de soins et demandes d''entente préalable.',
 'Downloads gathers useful documents: practical guides to expatriation, documents for paying contributions, medical questionnaires, claim forms and prior approval requests.'),
('URGENCE',
 'Service d''urgence donne, pour chaque zone du monde, le numéro à appeler pour une assistance médicale ou une avance de frais d''hospitalisation. Les pays de vos salariés sont rangés sous leur zone. Le lien Informations de sécurité ouvre le site officiel de conseils aux voyageurs.',
 'Emergency gives, for each zone of the world, the number to call for medical assistance or to have hospital costs advanced. Your employees'' countries are listed under their zone. The Security information link opens the official travel advice site.'),
('CONTACT',
 'Contact indique vos interlocuteurs commerciaux et le Centre relations clients, joignable du lundi au vendredi de 8 h à 18 h (heure de Paris). La page dit s''il est ouvert en ce moment.',
 'Contact gives your sales contacts and the Customer service centre, open Monday to Friday from 8:00 to 18:00 (Paris time). The page says whether it is open right now.'),
('MON_COMPTE',
 'Mon compte vous permet de changer de mot de passe et de langue. Un mot de passe provisoire doit être remplacé à la première connexion ; choisissez une phrase longue plutôt qu''un mot court.',
 'My account lets you change your password and language. A temporary password must be replaced at first login; choose a long phrase rather than a short word.'),
('DONNEES_PERSONNELLES',
 'Données personnelles vous permet de télécharger tout ce que le portail conserve sur vous, de demander une rectification ou la suppression de votre accès, et de changer votre choix sur la prospection commerciale.',
 'Personal data lets you download everything the portal holds about you, ask for a correction or for your access to be removed, and change your choice about marketing.');
