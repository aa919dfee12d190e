package fr.espaceentreprise.adapters.persistence.notification;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;

import fr.espaceentreprise.application.notification.BoiteDEnvoi;
import fr.espaceentreprise.application.notification.MessageEnAttente;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The outbox table for the dispatcher. A claim is a row lock ({@code FOR UPDATE SKIP LOCKED}) held by the
 * caller's transaction: several nodes dispatch at once without taking the same message, and a node that dies
 * releases its claim with its connection.
 */
public final class JooqBoiteDEnvoi implements BoiteDEnvoi {

    /** Enough for an operator to understand; a whole SMTP transcript is not. */
    private static final int RAISON_MAX = 1_000;

    private final DSLContext dsl;

    public JooqBoiteDEnvoi(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<MessageEnAttente> reserverProchain(Instant maintenant) {
        return dsl.selectFrom(BOITE_D_ENVOI)
                .where(BOITE_D_ENVOI.ENVOYE_LE.isNull())
                .and(BOITE_D_ENVOI.PROCHAIN_ESSAI.le(NotificationMapper.horodatage(maintenant)))
                .orderBy(BOITE_D_ENVOI.PROCHAIN_ESSAI, BOITE_D_ENVOI.CREE_LE)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional()
                .map(NotificationMapper::versMessage);
    }

    @Override
    public void marquerEnvoye(UUID id, Instant envoyeLe) {
        dsl.update(BOITE_D_ENVOI)
                .set(BOITE_D_ENVOI.ENVOYE_LE, NotificationMapper.horodatage(envoyeLe))
                .where(BOITE_D_ENVOI.ID.eq(id))
                .and(BOITE_D_ENVOI.ENVOYE_LE.isNull())
                .execute();
    }

    @Override
    public void reporter(UUID id, Instant prochainEssai, String raison) {
        dsl.update(BOITE_D_ENVOI)
                .set(BOITE_D_ENVOI.PROCHAIN_ESSAI, NotificationMapper.horodatage(prochainEssai))
                .set(BOITE_D_ENVOI.TENTATIVES, BOITE_D_ENVOI.TENTATIVES.plus(1))
                .set(BOITE_D_ENVOI.DERNIERE_ERREUR, raison.length() > RAISON_MAX ? raison.substring(0, RAISON_MAX) : raison)
                .where(BOITE_D_ENVOI.ID.eq(id))
                .and(BOITE_D_ENVOI.ENVOYE_LE.isNull())
                .execute();
    }
}
