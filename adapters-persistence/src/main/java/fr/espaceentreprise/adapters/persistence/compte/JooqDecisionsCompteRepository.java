package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DECISION_COMPTE;

import fr.espaceentreprise.application.compte.DecisionsCompteRepository;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link DecisionsCompteRepository} over the append-only table {@code decision_compte}. */
public final class JooqDecisionsCompteRepository implements DecisionsCompteRepository {

    private final DSLContext dsl;

    public JooqDecisionsCompteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enregistrer(DecisionCompte decision) {
        dsl.insertInto(DECISION_COMPTE)
                .set(DECISION_COMPTE.ID, decision.id())
                .set(DECISION_COMPTE.UTILISATEUR_ID, decision.compte().valeur())
                .set(DECISION_COMPTE.TYPE, decision.type().name())
                .set(DECISION_COMPTE.MOTIF, decision.motif().map(MotifCompte::name).orElse(null))
                .set(DECISION_COMPTE.PRECISION, decision.precision().orElse(null))
                .set(DECISION_COMPTE.DECIDEE_PAR, decision.par().valeur())
                .set(DECISION_COMPTE.DECIDEE_LE, versColonne(decision.instant()))
                .execute();
    }

    @Override
    public List<DecisionCompte> lister(UtilisateurId compte) {
        return dsl.selectFrom(DECISION_COMPTE)
                .where(DECISION_COMPTE.UTILISATEUR_ID.eq(compte.valeur()))
                .orderBy(DECISION_COMPTE.DECIDEE_LE.desc(), DECISION_COMPTE.ID.desc())
                .fetch(ligne -> new DecisionCompte(ligne.getId(), new UtilisateurId(ligne.getUtilisateurId()),
                        TypeDecisionCompte.valueOf(ligne.getType()),
                        Optional.ofNullable(ligne.getMotif()).map(MotifCompte::valueOf),
                        Optional.ofNullable(ligne.getPrecision()), new UtilisateurId(ligne.getDecideePar()),
                        versInstant(ligne.getDecideeLe())));
    }
}
