package fr.espaceentreprise.adapters.persistence.entreprise;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.EntrepriseRecord;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqEntrepriseRepository implements EntrepriseRepository {

    private final DSLContext dsl;

    public JooqEntrepriseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Entreprise> trouver(EntrepriseId id) {
        return dsl.selectFrom(ENTREPRISE)
                .where(ENTREPRISE.ID.eq(id.valeur()))
                .fetchOptional()
                .map(EntrepriseMapper::versDomaine);
    }

    @Override
    public Optional<Entreprise> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        return dsl.selectFrom(ENTREPRISE)
                .where(ENTREPRISE.NUMERO_ADHERENT.eq(numeroAdherent.valeur()))
                .fetchOptional()
                .map(EntrepriseMapper::versDomaine);
    }

    @Override
    public void enregistrer(Entreprise entreprise) {
        EntrepriseRecord ligne = EntrepriseMapper.versLigne(entreprise);
        dsl.insertInto(ENTREPRISE).set(ligne)
                .onConflict(ENTREPRISE.ID).doUpdate().set(ligne)
                .execute();
    }
}
