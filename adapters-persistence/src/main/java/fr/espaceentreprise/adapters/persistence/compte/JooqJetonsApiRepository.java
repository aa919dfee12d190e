package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.JETON_API;
import static org.jooq.impl.DSL.coalesce;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.JetonApiRecord;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.application.compte.JetonsApiRepository;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * {@link JetonsApiRepository} over {@code jeton_api}, where a token is found by its SHA-256 and the token itself is
 * never written. A revocation and a use are each one narrow {@code UPDATE} computed from the row's current value
 * (first revocation kept, last use never backwards), so that the requests of one client, on any instance, cannot
 * undo each other's.
 */
public final class JooqJetonsApiRepository implements JetonsApiRepository {

    private final DSLContext dsl;

    public JooqJetonsApiRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void ajouter(JetonApi jeton, EmpreinteJeton empreinte) {
        JetonApiRecord ligne = new JetonApiRecord(jeton.id().valeur(), empreinte.valeur(),
                jeton.utilisateurId().valeur(), jeton.nom(), jeton.droits().name(), versColonne(jeton.creeLe()),
                versColonne(jeton.expireLe()), versColonne(jeton.dernierUsage().orElse(null)),
                versColonne(jeton.revoqueLe().orElse(null)));
        dsl.insertInto(JETON_API).set(ligne).execute();
    }

    @Override
    public Optional<JetonApi> trouverParEmpreinte(EmpreinteJeton empreinte) {
        return premier(JETON_API.EMPREINTE_JETON.eq(empreinte.valeur()));
    }

    @Override
    public Optional<JetonApi> trouver(JetonApiId id) {
        return premier(JETON_API.ID.eq(id.valeur()));
    }

    @Override
    public List<JetonApi> listerDe(UtilisateurId utilisateurId) {
        return dsl.selectFrom(JETON_API)
                .where(JETON_API.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .orderBy(JETON_API.CREE_LE.desc())
                .fetch(JooqJetonsApiRepository::versDomaine);
    }

    /** Only what may change of a stored token: its revocation, the first one kept. */
    @Override
    public void enregistrer(JetonApi jeton) {
        jeton.revoqueLe().ifPresent(revoqueLe -> dsl.update(JETON_API)
                .set(JETON_API.REVOQUE_LE, coalesce(JETON_API.REVOQUE_LE, versColonne(revoqueLe)))
                .where(JETON_API.ID.eq(jeton.id().valeur()))
                .execute());
    }

    @Override
    public void utiliser(JetonApiId id, Instant instant) {
        dsl.update(JETON_API)
                .set(JETON_API.DERNIER_USAGE, versColonne(instant))
                .where(JETON_API.ID.eq(id.valeur()))
                .and(JETON_API.DERNIER_USAGE.isNull().or(JETON_API.DERNIER_USAGE.lt(versColonne(instant))))
                .execute();
    }

    private Optional<JetonApi> premier(Condition condition) {
        return dsl.selectFrom(JETON_API).where(condition).fetchOptional().map(JooqJetonsApiRepository::versDomaine);
    }

    private static JetonApi versDomaine(JetonApiRecord ligne) {
        return JetonApi.rehydrater(new JetonApiId(ligne.getId()), new UtilisateurId(ligne.getUtilisateurId()),
                ligne.getNom(), DroitsJeton.valueOf(ligne.getDroits()), versInstant(ligne.getCreeLe()),
                versInstant(ligne.getExpireLe()), versInstant(ligne.getDernierUsage()),
                versInstant(ligne.getRevoqueLe()));
    }
}
