-- A change of plan validated for a day still to come waits on its contrat until that day, when the scheduled
-- job makes it the contrat's garantie (issue 5: "updates the contract from its date d'effet").

alter table contrat add column garantie_programmee text;
alter table contrat add column garantie_programmee_le date;
alter table contrat add constraint contrat_garantie_programmee_complete
    check ((garantie_programmee is null) = (garantie_programmee_le is null));
alter table contrat add constraint contrat_garantie_programmee_de_l_organisme check (garantie_programmee is null
    or (organisme = 'HUMANIS_ASSURANCES' and garantie_programmee in ('SANTE_EXPAT_CFE_ESSENTIEL',
        'SANTE_EXPAT_CFE_CONFORT', 'SANTE_EXPAT_CFE_INTEGRAL', 'SANTE_EXPAT_PREMIER_EURO', 'ASSISTANCE_RAPATRIEMENT'))
    or (organisme = 'HUMANIS_PREVOYANCE' and garantie_programmee in ('PREVOYANCE_DECES_INVALIDITE',
        'PREVOYANCE_INCAPACITE_TRAVAIL')));
-- The job reads the changes whose day has come; the few contrats with one waiting are all this index holds.
create index contrat_par_garantie_programmee_le on contrat (garantie_programmee_le, id)
    where garantie_programmee_le is not null;
comment on column contrat.garantie_programmee is 'Garantie que le contrat prendra le jour garantie_programmee_le (changement de garantie validé pour une date à venir).';
comment on column contrat.garantie_programmee_le is 'Date d''effet du changement de garantie programmé.';
