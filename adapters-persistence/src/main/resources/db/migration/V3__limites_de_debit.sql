-- Rate limits shared by every instance of the portal (sliding log): one row per accepted attempt on a key such as
-- 'connexion:ip:203.0.113.7'. Attempts on one key are serialised by a transaction-scoped advisory lock on the
-- key, so two instances never both accept the attempt beyond the limit. Refused attempts are not recorded.

create table tentative_limitee (
    id                     bigint generated always as identity primary key,
    cle                    text not null,
    instant                timestamptz not null,
    -- When the attempt leaves its window; what the purge of keys nobody uses any more goes by.
    expire_a               timestamptz not null,
    constraint tentative_limitee_cle_longueur check (char_length(cle) between 1 and 200),
    constraint tentative_limitee_expire_apres check (expire_a > instant)
);
create index tentative_limitee_par_cle on tentative_limitee (cle, instant);
create index tentative_limitee_par_expiration on tentative_limitee (expire_a);
comment on table tentative_limitee is 'Tentative acceptée par un limiteur de débit (connexion, inscription, récupération), conservée le temps de sa fenêtre.';
