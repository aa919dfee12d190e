package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.AFFILIATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SALARIE;

import fr.espaceentreprise.application.contenu.PaysDesSalaries;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link PaysDesSalaries}: one {@code select distinct} over the salariés of the entreprises (index
 * salarie_par_entreprise_et_nom), narrowed for a mandataire to those with an affiliation to one of his contrats.
 * At most 249 rows come back, whatever the number of salariés.
 */
public final class JooqPaysDesSalaries implements PaysDesSalaries {

    private final DSLContext dsl;

    public JooqPaysDesSalaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<CodePays> paysDExpatriation(Set<EntrepriseId> entreprises, Optional<Set<ContratId>> contratsVisibles) {
        if (entreprises.isEmpty() || contratsVisibles.map(Set::isEmpty).orElse(false)) {
            return Set.of();
        }
        Condition condition = SALARIE.ENTREPRISE_ID.in(entreprises.stream().map(EntrepriseId::valeur).toList());
        if (contratsVisibles.isPresent()) {
            Set<UUID> contrats = new HashSet<>();
            contratsVisibles.get().forEach(contrat -> contrats.add(contrat.valeur()));
            condition = condition.and(DSL.exists(DSL.selectOne().from(AFFILIATION)
                    .where(AFFILIATION.SALARIE_ID.eq(SALARIE.ID)).and(AFFILIATION.CONTRAT_ID.in(contrats))));
        }
        Set<CodePays> pays = new HashSet<>();
        dsl.selectDistinct(SALARIE.PAYS_EXPATRIATION).from(SALARIE).where(condition)
                .fetch(SALARIE.PAYS_EXPATRIATION).forEach(code -> pays.add(new CodePays(code)));
        return pays;
    }
}
