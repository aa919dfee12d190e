-- The volume of issue 4's benchmark, added to a database that Flyway has migrated and the demo has seeded:
-- 1,000,000 salariés in all (100,000 of them in the demo entreprise 10000001, the others in about 9,000 generated
-- entreprises of 1 to 3 contrats each, with their affiliations) and 5,000,000 appels de cotisation in all (about
-- 2,000 on the demo entreprise's contrats), paid so that every state occurs on the day it runs: mostly soldés,
-- some en retard (partly paid or not at all), and for the periods not yet due à payer, partiellement payés and
-- soldés in advance.
--
--   psql -v ON_ERROR_STOP=1 -h <host> -p <port> -U <user> -d <database> -f bench/volume.sql
--   java -cp 'bootstrap/target/lib/*' bench/BaseDeBench.java sql <jdbc url> bench/volume.sql   (what run.sh does)
--
-- Every row obeys the schema's constraints and what the application expects of them: numbers in their formats,
-- SIRETs with a valid Luhn key, sort keys (nom_tri, prenom_tri) as the domain's CleDeTri writes them,
-- montant_paye_centimes the sum of the appel's paiements, payments never dated after today, affiliations within
-- their contrat's dates. Generated rows are told apart by their numbers: entreprises 5xxxxxxx, contrats BX-…,
-- quittances B…. The secondary indexes of the big tables are dropped during the load and rebuilt from their own
-- definitions (a bulk build is several times faster than a million index insertions), then the tables are
-- vacuumed and analysed so that plans and index-only scans are those of a settled database.
-- Takes about two minutes on two cores, through psql or JDBC alike (with psql, \timing on times each step).

set maintenance_work_mem = '512MB';
set work_mem = '256MB';
set synchronous_commit = off;

begin;

select setseed(0.4242);

do $$
begin
    if not exists (select 1 from entreprise where numero_adherent = '10000001') then
        raise exception 'The demo entreprise 10000001 is missing: start the portal once with the demo data first';
    end if;
    if exists (select 1 from entreprise where numero_adherent like '5%') then
        raise exception 'The benchmark volume is already there (entreprises 5xxxxxxx)';
    end if;
end $$;

-- The secondary indexes of the tables that grow, to rebuild once the rows are in (constraint indexes stay).
create temp table bench_index on commit drop as
    select index.indexname, index.indexdef
    from pg_indexes index
    where index.schemaname = current_schema()
      and index.tablename in ('salarie', 'affiliation', 'appel_de_cotisation', 'paiement')
      and not exists (select 1 from pg_constraint contrainte
                      where contrainte.conname = index.indexname
                        and contrainte.connamespace = current_schema()::regnamespace);
do $$
declare
    index record;
begin
    for index in select indexname from bench_index loop
        execute format('drop index %I', index.indexname);
    end loop;
end $$;

-- The sort key of a name, as the domain's CleDeTri computes it (the same transformation as migration V5).
create function pg_temp.cle_de_tri(texte text) returns text language sql immutable as $f$
    select regexp_replace(
        replace(replace(replace(replace(replace(replace(replace(replace(
            translate(
                lower(regexp_replace(normalize(btrim(texte, E' \t\n\r\f\v'), NFD),
                    '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')),
                'łøđðıħ’ŁØĐÐĦ', 'loddih''loddh'),
            'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'), 'ß', 'ss'), 'ẞ', 'ss'), 'þ', 'th'), 'Þ', 'th'),
        '\s+', ' ', 'g')
$f$;

-- Names from many countries, some differing only by accents or case once sorted.
create temp table bench_nom on commit drop as
    select row_number() over () as n, nom, pg_temp.cle_de_tri(nom) as tri
    from unnest(array[
        'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
        'Laurent', 'Lefèvre', 'Lefebvre', 'Lefevre', 'Michel', 'Dupont', 'Dupond', 'Fontaine', 'Chevalier',
        'García', 'Martínez', 'Fernández', 'López', 'González', 'Rodríguez', 'Sánchez', 'Pérez', 'Gómez', 'Díaz',
        'Ñúñez', 'Müller', 'Muller', 'Mueller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner',
        'Becker', 'Schäfer', 'Koch', 'Straße', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano',
        'Colombo', 'Ricci', 'Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Gonçalves', 'Nowak',
        'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Wróbel',
        'Łukaszewicz', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Yılmaz', 'Kaya', 'Demir', 'Şahin',
        'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Østergaard', 'Sørensen',
        'Johansson', 'Andersson', 'Karlsson', 'Nilsson', 'Ångström', 'Smith', 'Jones', 'Williams', 'Brown',
        'Taylor', 'O’Brien', 'MacDonald', 'de la Tour', 'van der Berg', 'Diallo', 'Traoré', 'Koné', 'Ndiaye',
        'Diop', 'Mbaye', 'Benali', 'El Amrani', 'Haddad', 'Khoury', 'Tanaka', 'Satō', 'Suzuki', 'Takahashi',
        'Kim', 'Lee', 'Park', 'Chen', 'Wang', 'Zhang', 'Liu', 'Ivanov', 'Petrov', 'Sokolov', 'Novák', 'Dvořák',
        'Černý', 'Horváth', 'Nagy', 'Kovács', 'Tóth', 'Szabó', 'Popescu', 'Țurcanu', 'Ionescu', 'Papadopoulos',
        'Georgiou', 'Jovanović', 'Petrović', 'Nikolić', 'Þórsson', 'Guðmundsdóttir', 'Brontë', 'Œhlenschläger',
        'Æbelø', 'DURAND', 'MARTIN', 'Émond', 'Emond', 'Éluard', 'Eluard']) nom;

create temp table bench_prenom on commit drop as
    select row_number() over () as n, prenom, pg_temp.cle_de_tri(prenom) as tri
    from unnest(array[
        'Camille', 'Léa', 'Lea', 'Chloé', 'Manon', 'Inès', 'Zoé', 'Zoë', 'Louise', 'Jade', 'Hugo', 'Lucas', 'Léo',
        'Gabriel', 'Raphaël', 'Arthur', 'Louis', 'Jules', 'Maël', 'Noé', 'José', 'María', 'Lucía', 'Sofía',
        'Jürgen', 'Jörg', 'Anneliese', 'Giulia', 'Matteo', 'João', 'Conceição', 'Łukasz', 'Małgorzata', 'Agnieszka',
        'Wojciech', 'Thị Hoa', 'Văn Minh', 'Şükrü', 'Ayşe', 'Çağla', 'Søren', 'Åsa', 'Björn', 'Siobhán', 'Seán',
        'Aminata', 'Moussa', 'Fatoumata', 'Youssef', 'Fatima', 'Yūki', 'Haruto', 'Ji-woo', 'Wei', 'Xiao Long',
        'Dmitri', 'Olga', 'Jiří', 'Zoltán', 'Ștefan', 'Dimitrios', 'Þóra', 'Guðrún', 'Anne-Sophie', 'Jean-Pierre',
        'Marie', 'Pierre', 'Émile', 'Emile']) prenom;

-- Countries of expatriation, the common ones several times.
create temp table bench_pays on commit drop as
    select row_number() over () as n, pays
    from unnest(array['GB', 'GB', 'US', 'US', 'US', 'AE', 'AE', 'SG', 'DE', 'DE', 'MA', 'CA', 'CA', 'BR', 'IN', 'AU',
        'CN', 'CN', 'JP', 'SN', 'CI', 'NG', 'QA', 'SA', 'KZ', 'TR', 'VN', 'MX', 'CL', 'NO', 'PL', 'ES', 'IT', 'CH',
        'BE', 'LU', 'HK', 'TH', 'ZA', 'KE']) pays;

-- About 9,000 entreprises, with a valid Luhn key on a SIRET of their own.
create temp table bench_entreprise on commit drop as
    select n, gen_random_uuid() as id, 1 + (n % 3) as nb_contrats
    from generate_series(1, 9000) n;

insert into entreprise (id, numero_adherent, raison_sociale, siret, adresse_ligne1, adresse_ligne2, code_postal, ville,
                        pays, email, telephone, mode_paiement, iban, bic, periodicite)
select entreprise.id,
       '5' || lpad(entreprise.n::text, 7, '0'),
       (array['Alpha', 'Boréal', 'Cèdre', 'Delta', 'Éole', 'Fjord', 'Granit', 'Horizon', 'Iris', 'Jade'])[1 + entreprise.n % 10]
           || ' ' || (array['Conseil', 'Industries', 'Logistique', 'Ingénierie', 'Énergie', 'Export', 'Santé',
                            'Services'])[1 + (entreprise.n / 10) % 8]
           || ' ' || entreprise.n,
       siret.sans_cle || ((10 - siret.somme % 10) % 10)::text,
       entreprise.n || ' rue de la Bourse', null, '75002', 'Paris', 'FR',
       'contact@entreprise-' || entreprise.n || '.example', null, 'VIREMENT', null, null,
       (array['MENSUELLE', 'TRIMESTRIELLE'])[1 + entreprise.n % 2]
from bench_entreprise entreprise
cross join lateral (select '9' || lpad(entreprise.n::text, 12, '0') as sans_cle) base
cross join lateral (
    -- Luhn over the 13 digits followed by the key: from the left, the digits of odd rank are doubled.
    select base.sans_cle,
           sum(case when rang % 2 = 1
                    then (substr(base.sans_cle, rang, 1)::int * 2) / 10 + (substr(base.sans_cle, rang, 1)::int * 2) % 10
                    else substr(base.sans_cle, rang, 1)::int end)::int as somme
    from generate_series(1, 13) rang) siret;

-- The contrats of every entreprise: the demo entreprise's own, and 1 to 3 per generated one (one in ten of them
-- terminated during the last two years). A generated contrat holds its share of the appels, one per month, up to
-- the current month or the month it ended, and takes effect on the first of them.
create temp table bench_contrat (
    entreprise_id uuid, id uuid, rang int, date_effet date, date_fin date,
    nb_appels int, dernier_mois date, hebdomadaire boolean
) on commit drop;

insert into bench_contrat
select contrat.entreprise_id, contrat.id,
       row_number() over (order by contrat.date_fin is not null, contrat.date_effet, contrat.numero)::int,
       contrat.date_effet, contrat.date_fin, 0, null, true
from contrat
join entreprise on entreprise.id = contrat.entreprise_id
where entreprise.numero_adherent = '10000001';

create temp table bench_contrat_genere on commit drop as
    select entreprise.id as entreprise_id, gen_random_uuid() as id, rang, row_number() over () as n,
           case when random() < 0.1
                then (date_trunc('month', current_date) - make_interval(months => 1 + floor(random() * 24)::int))::date
           end as dernier_mois_termine
    from bench_entreprise entreprise
    cross join generate_series(1, entreprise.nb_contrats) rang;

insert into bench_contrat
with repartition as (
    select 5000000 - (select count(*) from appel_de_cotisation) - 2000
               + (select count(*) from appel_de_cotisation appel join bench_contrat contrat on contrat.id = appel.contrat_id)
               as appels,
           (select count(*) from bench_contrat_genere) as contrats
)
select genere.entreprise_id, genere.id, genere.rang, null, null,
       (repartition.appels / repartition.contrats + case when genere.n <= repartition.appels % repartition.contrats
                                                         then 1 else 0 end)::int,
       coalesce(genere.dernier_mois_termine, date_trunc('month', current_date)::date),
       false
from bench_contrat_genere genere, repartition;

update bench_contrat
set date_effet = (dernier_mois - make_interval(months => nb_appels - 1))::date,
    date_fin = case when dernier_mois < date_trunc('month', current_date)
                    then (dernier_mois + interval '1 month - 1 day')::date end
where not hebdomadaire;

insert into contrat (id, numero, entreprise_id, organisme, garantie, date_effet, date_fin)
select contrat.id,
       'BX-' || lpad(row_number() over (order by contrat.entreprise_id, contrat.rang)::text, 7, '0'),
       contrat.entreprise_id, garantie.organisme, garantie.garantie, contrat.date_effet, contrat.date_fin
from bench_contrat contrat
cross join lateral (
    select (array['HUMANIS_ASSURANCES', 'HUMANIS_PREVOYANCE', 'HUMANIS_ASSURANCES'])[contrat.rang] as organisme,
           (array['SANTE_EXPAT_CFE_CONFORT', 'PREVOYANCE_DECES_INVALIDITE', 'ASSISTANCE_RAPATRIEMENT'])[contrat.rang]
               as garantie) garantie
where not contrat.hebdomadaire;

-- The demo entreprise's share of appels: weekly ones on each of its contrats, going back from the periods the demo
-- called (further back than the contrats' date d'effet: these rows only give its lists their depth).
with atlas as (
    select contrat.id, contrat.rang,
           (select min(appel.debut) from appel_de_cotisation appel where appel.contrat_id = contrat.id) as premier_debut,
           count(*) over () as contrats
    from bench_contrat contrat
    where contrat.hebdomadaire
), existants as (
    select count(*) as appels
    from appel_de_cotisation appel
    where appel.contrat_id in (select id from atlas)
)
update bench_contrat contrat
set nb_appels = ((2000 - existants.appels) / atlas.contrats
                 + case when atlas.rang <= (2000 - existants.appels) % atlas.contrats then 1 else 0 end)::int,
    dernier_mois = coalesce(atlas.premier_debut, current_date) - 7
from atlas, existants
where contrat.id = atlas.id;

-- Salariés: 100,000 in the demo entreprise, the rest of the million spread at random over the generated ones.
create temp table bench_salarie on commit drop as
    with cibles as (
        select (select id from entreprise where numero_adherent = '10000001') as atlas,
               100000 - (select count(*) from salarie s join entreprise e on e.id = s.entreprise_id
                         where e.numero_adherent = '10000001') as dans_atlas,
               1000000 - 100000 - (select count(*) from salarie s join entreprise e on e.id = s.entreprise_id
                                   where e.numero_adherent <> '10000001') as ailleurs
    ), tirages as (
        select n,
               case when n <= cibles.dans_atlas then cibles.atlas end as atlas,
               1 + floor(random() * 9000)::int as entreprise_n,
               1 + floor(random() * (select count(*) from bench_nom))::int as nom1,
               1 + floor(random() * (select count(*) from bench_nom))::int as nom2,
               random() < 0.25 as compose,
               1 + floor(random() * (select count(*) from bench_prenom))::int as prenom,
               1 + floor(random() * (select count(*) from bench_pays))::int as pays,
               random() as age,
               random() as salaire,
               random() < 0.5 as avec_email
        from cibles, generate_series(1, cibles.dans_atlas + cibles.ailleurs) n
    )
    select gen_random_uuid() as id,
           coalesce(tirages.atlas, entreprise.id) as entreprise_id,
           tirages.n,
           case when tirages.compose then nom1.nom || '-' || nom2.nom else nom1.nom end as nom,
           case when tirages.compose then nom1.tri || '-' || nom2.tri else nom1.tri end as nom_tri,
           prenom.prenom, prenom.tri as prenom_tri,
           (date '1958-01-01' + floor(tirages.age * 16000)::int) as date_naissance,
           case when tirages.avec_email then 'salarie.' || tirages.n || '@bench.example' end as email,
           pays.pays,
           300000 + floor(tirages.salaire * 1200000)::bigint as salaire
    from tirages
    join bench_entreprise entreprise on entreprise.n = tirages.entreprise_n
    join bench_nom nom1 on nom1.n = tirages.nom1
    join bench_nom nom2 on nom2.n = tirages.nom2
    join bench_prenom prenom on prenom.n = tirages.prenom
    join bench_pays pays on pays.n = tirages.pays;

insert into salarie (id, entreprise_id, nom, prenom, date_naissance, email, pays_expatriation,
                     salaire_reference_centimes, nom_tri, prenom_tri)
select id, entreprise_id, nom, prenom, date_naissance, email, pays, salaire, nom_tri, prenom_tri
from bench_salarie
order by id;

-- Affiliations: to the first contrat of the entreprise for nine salariés in ten, to the second for one in two, to
-- the third for one in three; from a day between the contrat's effect and today (or its end), ended for one in
-- twelve of those still running, and at the contrat's end for those of a terminated contrat. Each carries its
-- salarié's sort keys and country, as the application writes them. (Rows go in the order of the keys they are
-- checked or indexed by, which keeps the constraint checks and index insertions from jumping around.)
insert into affiliation (id, salarie_id, contrat_id, rang, debut, fin, nom_tri, prenom_tri, pays_expatriation)
select gen_random_uuid(), tirage.salarie_id, tirage.contrat_id,
       (row_number() over (partition by tirage.salarie_id order by tirage.contrat_rang) - 1)::int,
       tirage.debut,
       case when tirage.date_fin is not null then tirage.date_fin
            when tirage.termine then least(current_date - 1, tirage.debut + 30 + floor(tirage.duree * 700)::int)
       end,
       tirage.nom_tri, tirage.prenom_tri, tirage.pays
from (
    select salarie.id as salarie_id, salarie.nom_tri, salarie.prenom_tri, salarie.pays,
           contrat.id as contrat_id, contrat.rang as contrat_rang, contrat.date_fin,
           contrat.date_effet + floor(random() * (least(coalesce(contrat.date_fin, current_date), current_date - 31)
                                                  - contrat.date_effet + 1))::int as debut,
           random() < 1.0 / 12 as termine,
           random() as duree,
           random() as tirage
    from bench_salarie salarie
    join bench_contrat contrat on contrat.entreprise_id = salarie.entreprise_id
) tirage
where tirage.tirage < case tirage.contrat_rang when 1 then 0.9 when 2 then 0.5 else 0.34 end
  and tirage.debut <= coalesce(tirage.date_fin, current_date)
order by tirage.salarie_id;

-- Appels: one per month (per week on the demo entreprise's contrats), the échéance 15 days after the period.
-- States: of the appels already due, 97 % soldés, 2 % partly paid and 1 % unpaid (both en retard); of those not
-- yet due, 30 % soldés in advance, 30 % partiellement payés, 40 % à payer.
create temp table bench_appel on commit drop as
    select gen_random_uuid() as id, periode.contrat_id, periode.debut, periode.fin, periode.fin + 15 as echeance,
           5000 + floor(random() * 495000)::bigint as montant_appele, random() as etat, random() as jour
    from (
        select contrat.id as contrat_id,
               case when contrat.hebdomadaire then contrat.dernier_mois - 7 * recul
                    else (contrat.dernier_mois - make_interval(months => recul))::date end as debut,
               case when contrat.hebdomadaire then contrat.dernier_mois - 7 * recul + 6
                    else (contrat.dernier_mois - make_interval(months => recul) + interval '1 month - 1 day')::date
               end as fin
        from bench_contrat contrat
        cross join generate_series(0, contrat.nb_appels - 1) recul
    ) periode;

insert into appel_de_cotisation (id, contrat_id, numero_quittance, debut, fin, echeance, montant_appele_centimes,
                                 montant_paye_centimes)
select id, contrat_id, 'B' || lpad(row_number() over (order by id)::text, 9, '0'), debut, fin, echeance, montant_appele,
       case when echeance < current_date
            then case when etat < 0.97 then montant_appele when etat < 0.99 then montant_appele * 3 / 10 else 0 end
            else case when etat < 0.30 then montant_appele when etat < 0.60 then montant_appele * 3 / 10 else 0 end
       end
from bench_appel
order by id;

-- One paiement per appel paid in part or in full, on a day before its échéance and never after today.
insert into paiement (appel_de_cotisation_id, rang, date_paiement, montant_centimes, reference)
select appel.id, 0, least(current_date, appel.echeance - floor(bench.jour * 20)::int), appel.montant_paye_centimes,
       'VIR-' || substr(appel.numero_quittance, 2)
from appel_de_cotisation appel
join bench_appel bench on bench.id = appel.id
where appel.montant_paye_centimes > 0
order by appel.id;

do $$
declare
    index record;
begin
    for index in select indexdef from bench_index loop
        execute index.indexdef;
    end loop;
end $$;

commit;

vacuum analyze entreprise, contrat, salarie, affiliation, appel_de_cotisation, paiement;

select (select count(*) from salarie) as salaries,
       (select count(*) from salarie s join entreprise e on e.id = s.entreprise_id
        where e.numero_adherent = '10000001') as salaries_10000001,
       (select count(*) from entreprise) as entreprises,
       (select count(*) from contrat) as contrats,
       (select count(*) from affiliation) as affiliations,
       (select count(*) from appel_de_cotisation) as appels,
       (select count(*) from appel_de_cotisation a join contrat c on c.id = a.contrat_id
        join entreprise e on e.id = c.entreprise_id where e.numero_adherent = '10000001') as appels_10000001,
       (select count(*) from paiement) as paiements;
