package fr.espaceentreprise.adapters.persistence.cotisation;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.APPEL_DE_COTISATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.PAIEMENT;

import fr.espaceentreprise.adapters.persistence.commun.Lignes;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.AppelDeCotisationRecord;
import fr.espaceentreprise.application.cotisation.AppelDeCotisationRepository;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

public final class JooqAppelDeCotisationRepository implements AppelDeCotisationRepository {

    private final DSLContext dsl;

    public JooqAppelDeCotisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AppelDeCotisation> trouver(AppelDeCotisationId id) {
        return chercher(APPEL_DE_COTISATION.ID.eq(id.valeur()));
    }

    @Override
    public Optional<AppelDeCotisation> trouverParNumeroQuittance(NumeroQuittance numeroQuittance) {
        return chercher(APPEL_DE_COTISATION.NUMERO_QUITTANCE.eq(numeroQuittance.valeur()));
    }

    @Override
    public void enregistrer(AppelDeCotisation appel) {
        AppelDeCotisationRecord ligne = AppelDeCotisationMapper.versLigne(appel);
        dsl.insertInto(APPEL_DE_COTISATION).set(ligne)
                .onConflict(APPEL_DE_COTISATION.ID).doUpdate().set(ligne)
                .execute();
        dsl.deleteFrom(PAIEMENT).where(PAIEMENT.APPEL_DE_COTISATION_ID.eq(appel.id().valeur())).execute();
        Lignes.inserer(dsl, PAIEMENT, AppelDeCotisationMapper.versLignesPaiements(appel));
    }

    private Optional<AppelDeCotisation> chercher(Condition condition) {
        return dsl.selectFrom(APPEL_DE_COTISATION)
                .where(condition)
                .fetchOptional()
                .map(ligne -> AppelDeCotisationMapper.versDomaine(ligne, dsl.selectFrom(PAIEMENT)
                        .where(PAIEMENT.APPEL_DE_COTISATION_ID.eq(ligne.getId()))
                        .orderBy(PAIEMENT.RANG)
                        .fetch()));
    }
}
