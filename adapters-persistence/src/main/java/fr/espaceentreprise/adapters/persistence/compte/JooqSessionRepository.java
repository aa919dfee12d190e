package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SESSION_UTILISATEUR;
import static org.jooq.impl.DSL.arrayRemove;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.application.compte.SessionRepository;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * {@link SessionRepository} over the table {@code session_utilisateur}, where a session is found by the SHA-256 of
 * its token and the token itself is never written. Every change is one {@code UPDATE} of the column it concerns,
 * computed by the database from the row's current value (never backwards for the activity, first instant kept for
 * a revocation), so two requests of one session, on any instance, cannot undo each other's change.
 *
 * <p>Each new session also deletes a bounded batch of sessions opened more than {@link #CONSERVATION} before it:
 * long past their {@link SessionUtilisateur#DUREE_MAX 12-hour limit}, they can no longer authenticate anybody, and
 * the audit trail keeps the logins and logouts. Rows another transaction holds are skipped, never waited for.
 */
public final class JooqSessionRepository implements SessionRepository {

    /** The 12-hour limit, and a day of margin for clocks that differ between instances. */
    static final Duration CONSERVATION = SessionUtilisateur.DUREE_MAX.plusDays(1);
    static final int PURGE_PAR_AJOUT = 100;

    private final DSLContext dsl;

    public JooqSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void ajouter(SessionUtilisateur session, EmpreinteJeton empreinteJeton) {
        dsl.insertInto(SESSION_UTILISATEUR).set(SessionMapper.versLigne(session, empreinteJeton)).execute();
        purgerLesSessionsOuvertesAvant(session.ouverteLe().minus(CONSERVATION));
    }

    @Override
    public Optional<SessionUtilisateur> trouverParEmpreinteJeton(EmpreinteJeton empreinteJeton) {
        return dsl.selectFrom(SESSION_UTILISATEUR)
                .where(SESSION_UTILISATEUR.EMPREINTE_JETON.eq(empreinteJeton.valeur()))
                .fetchOptional()
                .map(SessionMapper::versDomaine);
    }

    @Override
    public void toucher(SessionId id, Instant instant) {
        dsl.update(SESSION_UTILISATEUR)
                .set(SESSION_UTILISATEUR.DERNIERE_ACTIVITE,
                        greatest(SESSION_UTILISATEUR.DERNIERE_ACTIVITE, val(versColonne(instant))))
                .where(SESSION_UTILISATEUR.ID.eq(id.valeur()))
                .execute();
    }

    @Override
    public void retirerEtape(SessionId id, EtapeObligatoire etape) {
        dsl.update(SESSION_UTILISATEUR)
                .set(SESSION_UTILISATEUR.ETAPES_EN_ATTENTE,
                        arrayRemove(SESSION_UTILISATEUR.ETAPES_EN_ATTENTE, etape.name()))
                .where(SESSION_UTILISATEUR.ID.eq(id.valeur()))
                .execute();
    }

    @Override
    public void revoquer(SessionId id, Instant instant) {
        dsl.update(SESSION_UTILISATEUR)
                .set(SESSION_UTILISATEUR.REVOQUEE_LE, coalesce(SESSION_UTILISATEUR.REVOQUEE_LE, versColonne(instant)))
                .where(SESSION_UTILISATEUR.ID.eq(id.valeur()))
                .execute();
    }

    @Override
    public void revoquerToutes(UtilisateurId utilisateurId, Optional<SessionId> sauf, Instant instant) {
        Condition vivantes = SESSION_UTILISATEUR.UTILISATEUR_ID.eq(utilisateurId.valeur())
                .and(SESSION_UTILISATEUR.REVOQUEE_LE.isNull());
        dsl.update(SESSION_UTILISATEUR)
                .set(SESSION_UTILISATEUR.REVOQUEE_LE, versColonne(instant))
                .where(sauf.map(session -> vivantes.and(SESSION_UTILISATEUR.ID.ne(session.valeur()))).orElse(vivantes))
                .execute();
    }

    private void purgerLesSessionsOuvertesAvant(Instant limite) {
        dsl.deleteFrom(SESSION_UTILISATEUR)
                .where(SESSION_UTILISATEUR.ID.in(
                        select(SESSION_UTILISATEUR.ID)
                                .from(SESSION_UTILISATEUR)
                                .where(SESSION_UTILISATEUR.OUVERTE_LE.lt(versColonne(limite)))
                                .limit(PURGE_PAR_AJOUT)
                                .forUpdate()
                                .skipLocked()))
                .execute();
    }
}
