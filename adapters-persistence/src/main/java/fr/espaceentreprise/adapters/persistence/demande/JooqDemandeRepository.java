package fr.espaceentreprise.adapters.persistence.demande;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE_EVENEMENT;

import fr.espaceentreprise.adapters.persistence.commun.Lignes;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.DemandeRecord;
import fr.espaceentreprise.application.demande.DemandeRepository;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqDemandeRepository implements DemandeRepository {

    private final DSLContext dsl;

    public JooqDemandeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Demande> trouver(DemandeId id) {
        return dsl.selectFrom(DEMANDE)
                .where(DEMANDE.ID.eq(id.valeur()))
                .fetchOptional()
                .map(ligne -> DemandeMapper.versDomaine(ligne, dsl.selectFrom(DEMANDE_EVENEMENT)
                        .where(DEMANDE_EVENEMENT.DEMANDE_ID.eq(ligne.getId()))
                        .orderBy(DEMANDE_EVENEMENT.RANG)
                        .fetch()));
    }

    @Override
    public void enregistrer(Demande demande) {
        DemandeRecord ligne = DemandeMapper.versLigne(demande);
        dsl.insertInto(DEMANDE).set(ligne)
                .onConflict(DEMANDE.ID).doUpdate().set(ligne)
                .execute();
        dsl.deleteFrom(DEMANDE_EVENEMENT).where(DEMANDE_EVENEMENT.DEMANDE_ID.eq(demande.id().valeur())).execute();
        Lignes.inserer(dsl, DEMANDE_EVENEMENT, DemandeMapper.versLignesEvenements(demande));
    }
}
