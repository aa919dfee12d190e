package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE_INSCRIPTION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.DemandeInscriptionRecord;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.compte.DemandeInscriptionRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.StatutInscription;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * {@link DemandeInscriptionRepository} over the table {@code demande_inscription}. The back office's queue is read
 * by keyset on (recue_le, id), through a partial index that holds the pending requests only (hence the statut
 * written inline, so that every plan can prove it uses that index); ids compare as PostgreSQL orders uuids, which
 * is what the cursor of the previous page was taken from.
 */
public final class JooqDemandeInscriptionRepository implements DemandeInscriptionRepository {

    private final DSLContext dsl;

    public JooqDemandeInscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enregistrer(DemandeInscription demande) {
        DemandeInscriptionRecord ligne = DemandeInscriptionMapper.versLigne(demande);
        dsl.insertInto(DEMANDE_INSCRIPTION).set(ligne)
                .onConflict(DEMANDE_INSCRIPTION.ID).doUpdate().set(ligne)
                .execute();
    }

    @Override
    public Optional<DemandeInscription> trouver(DemandeInscriptionId id) {
        return dsl.selectFrom(DEMANDE_INSCRIPTION)
                .where(DEMANDE_INSCRIPTION.ID.eq(id.valeur()))
                .fetchOptional()
                .map(DemandeInscriptionMapper::versDomaine);
    }

    @Override
    public List<DemandeInscription> listerEnAttente(Optional<CurseurChronologique> apres, int nombre) {
        Condition apresLeCurseur = apres
                .map(curseur -> row(DEMANDE_INSCRIPTION.RECUE_LE, DEMANDE_INSCRIPTION.ID)
                        .gt(versColonne(curseur.instant()), curseur.id()))
                .orElse(noCondition());
        return dsl.selectFrom(DEMANDE_INSCRIPTION)
                .where(DEMANDE_INSCRIPTION.STATUT.eq(inline(StatutInscription.EN_ATTENTE.name())))
                .and(apresLeCurseur)
                .orderBy(DEMANDE_INSCRIPTION.RECUE_LE, DEMANDE_INSCRIPTION.ID)
                .limit(nombre)
                .fetch(DemandeInscriptionMapper::versDomaine);
    }

    @Override
    public Optional<DemandeInscription> trouverDerniereValidee(NumeroAdherent numeroAdherent) {
        return dsl.selectFrom(DEMANDE_INSCRIPTION)
                .where(DEMANDE_INSCRIPTION.NUMERO_ADHERENT.eq(numeroAdherent.valeur()))
                .and(DEMANDE_INSCRIPTION.STATUT.eq(inline(StatutInscription.VALIDEE.name())))
                .orderBy(DEMANDE_INSCRIPTION.DECIDEE_LE.desc(), DEMANDE_INSCRIPTION.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(DemandeInscriptionMapper::versDomaine);
    }
}
