package fr.espaceentreprise.adapters.persistence.salarie;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.AFFILIATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SALARIE;
import static org.jooq.impl.DSL.excluded;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.AffiliationRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.SalarieRecord;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertSetStep;

public final class JooqSalarieRepository implements SalarieRepository {

    private final DSLContext dsl;

    public JooqSalarieRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Salarie> trouver(SalarieId id) {
        return dsl.selectFrom(SALARIE)
                .where(SALARIE.ID.eq(id.valeur()))
                .fetchOptional()
                .map(ligne -> SalarieMapper.versDomaine(ligne, dsl.selectFrom(AFFILIATION)
                        .where(AFFILIATION.SALARIE_ID.eq(ligne.getId()))
                        .orderBy(AFFILIATION.RANG)
                        .fetch()));
    }

    /**
     * Affiliations are upserted by id rather than deleted and re-inserted: their ids are public (attestations
     * name them) and must stay the same rows. The salarié's sort keys (CleDeTri of nom and prénom) are written
     * beside the names, and copied with the country into each affiliation, where the lists by contrat read them.
     */
    @Override
    public void enregistrer(Salarie salarie) {
        SalarieRecord ligne = SalarieMapper.versLigne(salarie);
        dsl.insertInto(SALARIE).set(ligne)
                .onConflict(SALARIE.ID).doUpdate().set(ligne)
                .execute();
        List<AffiliationRecord> affiliations = SalarieMapper.versLignesAffiliations(salarie);
        List<UUID> ids = affiliations.stream().map(AffiliationRecord::getId).collect(Collectors.toList());
        dsl.deleteFrom(AFFILIATION)
                .where(AFFILIATION.SALARIE_ID.eq(salarie.id().valeur()))
                .and(AFFILIATION.ID.notIn(ids))
                .execute();
        if (affiliations.isEmpty()) {
            return;
        }
        InsertSetStep<AffiliationRecord> insertion = dsl.insertInto(AFFILIATION);
        InsertSetMoreStep<AffiliationRecord> suite = null;
        for (AffiliationRecord affiliation : affiliations) {
            suite = suite == null ? insertion.set(affiliation) : suite.newRecord().set(affiliation);
        }
        suite.onConflict(AFFILIATION.ID).doUpdate()
                .set(AFFILIATION.CONTRAT_ID, excluded(AFFILIATION.CONTRAT_ID))
                .set(AFFILIATION.RANG, excluded(AFFILIATION.RANG))
                .set(AFFILIATION.DEBUT, excluded(AFFILIATION.DEBUT))
                .set(AFFILIATION.FIN, excluded(AFFILIATION.FIN))
                .set(AFFILIATION.NOM_TRI, excluded(AFFILIATION.NOM_TRI))
                .set(AFFILIATION.PRENOM_TRI, excluded(AFFILIATION.PRENOM_TRI))
                .set(AFFILIATION.PAYS_EXPATRIATION, excluded(AFFILIATION.PAYS_EXPATRIATION))
                .execute();
    }
}
