package fr.espaceentreprise.adapters.persistence.mandataire;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.MANDAT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.MANDAT_CONTRAT;

import fr.espaceentreprise.adapters.persistence.commun.Lignes;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.MandatContratRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.MandatRecord;
import fr.espaceentreprise.application.mandataire.MandatRepository;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Result;

public final class JooqMandatRepository implements MandatRepository {

    private final DSLContext dsl;

    public JooqMandatRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Mandat> trouver(MandatId id) {
        return avecContrats(dsl.selectFrom(MANDAT).where(MANDAT.ID.eq(id.valeur())).fetch()).stream().findFirst();
    }

    @Override
    public List<Mandat> trouverParMandataire(MandataireId mandataireId) {
        return avecContrats(dsl.selectFrom(MANDAT)
                .where(MANDAT.MANDATAIRE_ID.eq(mandataireId.valeur()))
                .orderBy(MANDAT.DEBUT, MANDAT.ID)
                .fetch());
    }

    @Override
    public void enregistrer(Mandat mandat) {
        MandatRecord ligne = MandatMapper.versLigne(mandat);
        dsl.insertInto(MANDAT).set(ligne)
                .onConflict(MANDAT.ID).doUpdate().set(ligne)
                .execute();
        dsl.deleteFrom(MANDAT_CONTRAT).where(MANDAT_CONTRAT.MANDAT_ID.eq(mandat.id().valeur())).execute();
        Lignes.inserer(dsl, MANDAT_CONTRAT, MandatMapper.versLignesContrats(mandat));
    }

    /** Loads the contrats of all the mandats in one query. */
    private List<Mandat> avecContrats(Result<MandatRecord> mandats) {
        if (mandats.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<MandatContratRecord>> contratsParMandat = dsl.selectFrom(MANDAT_CONTRAT)
                .where(MANDAT_CONTRAT.MANDAT_ID.in(mandats.getValues(MANDAT.ID)))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(MandatContratRecord::getMandatId));
        return mandats.stream()
                .map(ligne -> MandatMapper.versDomaine(ligne, contratsParMandat.getOrDefault(ligne.getId(), List.of())))
                .collect(Collectors.toUnmodifiableList());
    }
}
