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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * {@link SessionRepository} over the table {@code session_utilisateur}, where a session is found by the SHA-256 of
 * its token and the token itself is never written. Every change is one {@code UPDATE} of the column it concerns,
 * computed by the database from the row's current value (never backwards for the activity and the second factor's
 * check, first instant kept for a revocation), so two requests of one session, on any instance, cannot undo each
 * other's change.
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
    public Optional<SessionUtilisateur> trouver(SessionId id) {
        return dsl.selectFrom(SESSION_UTILISATEUR)
                .where(SESSION_UTILISATEUR.ID.eq(id.valeur()))
                .fetchOptional()
                .map(SessionMapper::versDomaine);
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
        avancer(SESSION_UTILISATEUR.DERNIERE_ACTIVITE, id, instant);
    }

    /** Live as {@link SessionUtilisateur#estActiveLe} says: the same two limits, computed by the database. */
    @Override
    public List<SessionUtilisateur> vivantesDe(UtilisateurId utilisateurId, Instant instant) {
        return dsl.selectFrom(SESSION_UTILISATEUR)
                .where(SESSION_UTILISATEUR.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .and(SESSION_UTILISATEUR.REVOQUEE_LE.isNull())
                .and(SESSION_UTILISATEUR.DERNIERE_ACTIVITE.gt(
                        versColonne(instant.minus(SessionUtilisateur.INACTIVITE_MAX))))
                .and(SESSION_UTILISATEUR.OUVERTE_LE.gt(versColonne(instant.minus(SessionUtilisateur.DUREE_MAX))))
                .orderBy(SESSION_UTILISATEUR.DERNIERE_ACTIVITE.desc())
                .fetch(SessionMapper::versDomaine);
    }

    @Override
    public void verifierSecondFacteur(SessionId id, Instant instant) {
        avancer(SESSION_UTILISATEUR.SECOND_FACTEUR_LE, id, instant);
    }

    /** Moves {@code colonne} to {@code instant} unless it is later already ({@code greatest} ignores a null). */
    private void avancer(Field<OffsetDateTime> colonne, SessionId id, Instant instant) {
        dsl.update(SESSION_UTILISATEUR)
                .set(colonne, greatest(colonne, val(versColonne(instant))))
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
