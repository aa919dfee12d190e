package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.IDENTIFIANTS;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.IdentifiantsRecord;
import fr.espaceentreprise.application.compte.IdentifiantsRepository;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link IdentifiantsRepository} over the table {@code identifiants}, one row per account.
 *
 * <p>{@link #trouverParUtilisateur} locks the row ({@code FOR UPDATE}) until the caller's transaction ends, so that two
 * logins on one account run one after the other and the second sees the failure the first recorded. An account
 * with no row yet has nothing to lock: the account's advisory lock is taken instead, and the row looked for again,
 * so that when two transactions both find none, the second waits for the first and then reads the row it created.
 * Outside a transaction each statement commits on its own and nothing stays locked.
 */
public final class JooqIdentifiantsRepository implements IdentifiantsRepository {

    /** "IDNT": the namespace of the accounts' advisory locks. */
    private static final VerrouDeCle VERROU = new VerrouDeCle(0x49_44_4E_54);

    private final DSLContext dsl;

    public JooqIdentifiantsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Identifiants> trouverParUtilisateur(UtilisateurId utilisateurId) {
        Optional<Identifiants> verrouilles = lireEnVerrouillant(utilisateurId);
        if (verrouilles.isPresent()) {
            return verrouilles;
        }
        VERROU.prendre(dsl, utilisateurId.toString());
        return lireEnVerrouillant(utilisateurId);
    }

    private Optional<Identifiants> lireEnVerrouillant(UtilisateurId utilisateurId) {
        return dsl.selectFrom(IDENTIFIANTS)
                .where(IDENTIFIANTS.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .forUpdate()
                .fetchOptional()
                .map(IdentifiantsMapper::versDomaine);
    }

    @Override
    public void enregistrer(Identifiants identifiants) {
        IdentifiantsRecord ligne = IdentifiantsMapper.versLigne(identifiants);
        dsl.insertInto(IDENTIFIANTS).set(ligne)
                .onConflict(IDENTIFIANTS.UTILISATEUR_ID).doUpdate().set(ligne)
                .execute();
    }
}
