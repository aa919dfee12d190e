package fr.espaceentreprise.adapters.persistence.mandataire;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.MANDATAIRE;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.MandataireRecord;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqMandataireRepository implements MandataireRepository {

    private final DSLContext dsl;

    public JooqMandataireRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Mandataire> trouver(MandataireId id) {
        return dsl.selectFrom(MANDATAIRE)
                .where(MANDATAIRE.ID.eq(id.valeur()))
                .fetchOptional()
                .map(MandataireMapper::versDomaine);
    }

    @Override
    public Optional<Mandataire> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        return dsl.selectFrom(MANDATAIRE)
                .where(MANDATAIRE.NUMERO_ADHERENT.eq(numeroAdherent.valeur()))
                .fetchOptional()
                .map(MandataireMapper::versDomaine);
    }

    @Override
    public void enregistrer(Mandataire mandataire) {
        MandataireRecord ligne = MandataireMapper.versLigne(mandataire);
        dsl.insertInto(MANDATAIRE).set(ligne)
                .onConflict(MANDATAIRE.ID).doUpdate().set(ligne)
                .execute();
    }
}
