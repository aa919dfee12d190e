package fr.espaceentreprise.adapters.persistence.demande;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CLE_IDEMPOTENCE;

import fr.espaceentreprise.application.demande.CleIdempotence;
import fr.espaceentreprise.application.demande.ClesIdempotence;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The primary key (auteur_id, cle) arbitrates: an INSERT that meets a row another transaction has not committed
 * yet waits for it, then does nothing if it committed (and the SELECT that follows, a new statement, sees its row)
 * or inserts if it rolled back.
 */
public final class JooqClesIdempotence implements ClesIdempotence {

    private final DSLContext dsl;

    public JooqClesIdempotence(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<DemandeId> reserver(UtilisateurId auteur, CleIdempotence cle, DemandeId demandeId,
                                        Instant instant) {
        int inseree = dsl.insertInto(CLE_IDEMPOTENCE)
                .set(CLE_IDEMPOTENCE.AUTEUR_ID, auteur.valeur())
                .set(CLE_IDEMPOTENCE.CLE, cle.valeur())
                .set(CLE_IDEMPOTENCE.DEMANDE_ID, demandeId.valeur())
                .set(CLE_IDEMPOTENCE.CREE_LE, instant.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        if (inseree == 1) {
            return Optional.empty();
        }
        return Optional.of(new DemandeId(dsl.select(CLE_IDEMPOTENCE.DEMANDE_ID)
                .from(CLE_IDEMPOTENCE)
                .where(CLE_IDEMPOTENCE.AUTEUR_ID.eq(auteur.valeur()))
                .and(CLE_IDEMPOTENCE.CLE.eq(cle.valeur()))
                .fetchSingle(CLE_IDEMPOTENCE.DEMANDE_ID)));
    }

    /** By batches, through the creation index, so that a long backlog never holds one big delete. */
    @Override
    public int purgerAvant(Instant limite, int nombre) {
        var anciennes = dsl.select(CLE_IDEMPOTENCE.AUTEUR_ID, CLE_IDEMPOTENCE.CLE)
                .from(CLE_IDEMPOTENCE)
                .where(CLE_IDEMPOTENCE.CREE_LE.lt(limite.atOffset(ZoneOffset.UTC)))
                .orderBy(CLE_IDEMPOTENCE.CREE_LE)
                .limit(nombre);
        return dsl.deleteFrom(CLE_IDEMPOTENCE)
                .where(DSL.row(CLE_IDEMPOTENCE.AUTEUR_ID, CLE_IDEMPOTENCE.CLE).in(anciennes))
                .execute();
    }
}
