package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.APPAREIL;

import fr.espaceentreprise.application.compte.AppareilsRepository;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import org.jooq.DSLContext;

/** {@link AppareilsRepository} over {@code appareil}: one row per user and SHA-256 of a device identifier. */
public final class JooqAppareilsRepository implements AppareilsRepository {

    private final DSLContext dsl;

    public JooqAppareilsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean estConnu(UtilisateurId utilisateurId, EmpreinteJeton appareil) {
        return dsl.fetchExists(APPAREIL, APPAREIL.UTILISATEUR_ID.eq(utilisateurId.valeur())
                .and(APPAREIL.EMPREINTE_APPAREIL.eq(appareil.valeur())));
    }

    @Override
    public void enregistrer(UtilisateurId utilisateurId, EmpreinteJeton appareil, Instant vuLe) {
        dsl.insertInto(APPAREIL)
                .set(APPAREIL.UTILISATEUR_ID, utilisateurId.valeur())
                .set(APPAREIL.EMPREINTE_APPAREIL, appareil.valeur())
                .set(APPAREIL.VU_LE, versColonne(vuLe))
                .onConflict(APPAREIL.UTILISATEUR_ID, APPAREIL.EMPREINTE_APPAREIL).doUpdate()
                .set(APPAREIL.VU_LE, versColonne(vuLe))
                .execute();
    }
}
