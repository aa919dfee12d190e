-- Suspension and deletion of accounts, personal data (issue 6). The back office's decisions on an account are kept
-- with their motif and the gestionnaire's words, after a deletion too, like the audit trail; the prospecting
-- consent is one row per user who ever chose (no row: refused, the default).

create table decision_compte (
    id                     uuid primary key,
    utilisateur_id         uuid not null references utilisateur (id),
    type                   text not null,
    motif                  text,
    precision              text,
    decidee_par            uuid not null references utilisateur (id),
    decidee_le             timestamptz not null,
    constraint decision_compte_type_valeurs check (type in ('SUSPENSION', 'REACTIVATION', 'SUPPRESSION')),
    constraint decision_compte_motif_valeurs check (motif in ('DEMANDE_UTILISATEUR', 'UTILISATION_NON_CONFORME',
        'FRAUDE', 'FIN_RELATIONS_CONTRACTUELLES')),
    -- Suspending or deleting says why; reactivating needs no motif.
    constraint decision_compte_motif_requis check (type = 'REACTIVATION' or motif is not null),
    constraint decision_compte_precision_longueur check (char_length(precision) between 1 and 1000)
);
-- An account's decisions, newest first, on the back office's page.
create index decision_compte_par_utilisateur on decision_compte (utilisateur_id, decidee_le desc);
comment on table decision_compte is 'Décisions de la gestion sur un compte (suspension, réactivation, suppression): motif de la liste fermée, précision libre, qui et quand.';

create table consentement_prospection (
    utilisateur_id         uuid primary key references utilisateur (id),
    accepte                boolean not null,
    modifie_le             timestamptz not null
);
comment on table consentement_prospection is 'Choix d''un utilisateur sur l''usage de ses données à des fins de prospection commerciale, avec l''heure du dernier changement; pas de ligne = refus (par défaut).';

-- The export of a user's personal data reads his audit lines and all his sessions; a deletion erases the sessions.
create index evenement_audit_par_utilisateur on evenement_audit (utilisateur_id, instant desc, id desc)
    where utilisateur_id is not null;
create index session_utilisateur_par_utilisateur on session_utilisateur (utilisateur_id, ouverte_le desc);
