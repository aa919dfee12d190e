-- The rubrique Téléchargement (issue 6): the documents the back office publishes for every user to download.
-- A document is inserted once and deleted when withdrawn (the audit trail keeps the trace); never updated.
create table document (
    id                     uuid primary key,
    categorie              text not null,
    titre_fr               text not null,
    titre_en               text not null,
    description_fr         text not null,
    description_en         text not null,
    langue                 text not null,
    nom_fichier            text collate "C" not null,
    taille                 integer not null,
    publie_le              timestamptz not null,
    contenu                bytea not null,
    constraint document_categorie_valeurs check (categorie in ('GUIDE_PRATIQUE', 'PAIEMENT_COTISATIONS',
        'QUESTIONNAIRE_MEDICAL', 'FEUILLE_DE_SOINS', 'ENTENTE_PREALABLE')),
    constraint document_langue_valeurs check (langue in ('FR', 'EN')),
    constraint document_titre_fr_longueur check (char_length(titre_fr) between 1 and 120),
    constraint document_titre_en_longueur check (char_length(titre_en) between 1 and 120),
    constraint document_description_fr_longueur check (char_length(description_fr) between 1 and 600),
    constraint document_description_en_longueur check (char_length(description_en) between 1 and 600),
    constraint document_nom_fichier_pdf check (char_length(nom_fichier) between 5 and 120 and nom_fichier like '%.pdf'),
    constraint document_taille_bornee check (taille between 1 and 10485760),
    constraint document_taille_du_contenu check (taille = octet_length(contenu)),
    constraint document_contenu_pdf check (substring(contenu from 1 for 5) = '\x255044462d'::bytea)
);
-- PDFs are compressed already: stored out of line without a second compression.
alter table document alter column contenu set storage external;
-- The rubrique's list, by category then title, read from the index without the bytes.
create index document_par_categorie on document (categorie, titre_fr, id);
comment on table document is 'Document PDF publié par le back office dans la rubrique Téléchargement; supprimé quand il est retiré.';
comment on column document.categorie is 'Catégorie de la rubrique: guides pratiques, paiement des cotisations, questionnaires médicaux, feuilles de soins, ententes préalables.';
comment on column document.titre_fr is 'Titre affiché en français, 1 à 120 caractères.';
comment on column document.titre_en is 'Titre affiché en anglais, 1 à 120 caractères.';
comment on column document.description_fr is 'Description affichée en français, 1 à 600 caractères.';
comment on column document.description_en is 'Description affichée en anglais, 1 à 600 caractères.';
comment on column document.langue is 'Langue dans laquelle le document lui-même est rédigé: FR ou EN.';
comment on column document.nom_fichier is 'Nom de fichier nettoyé par le domaine, finissant par .pdf.';
comment on column document.taille is 'Taille du contenu en octets, au plus 10 Mio; égale à octet_length(contenu), lue sans lire le contenu.';
comment on column document.publie_le is 'Instant de la publication.';
comment on column document.contenu is 'Octets du PDF, commençant par la signature %PDF-.';
