package fr.espaceentreprise.adapters.persistence.entreprise;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;
import static org.jooq.impl.DSL.any;

import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.entreprise.LectureEntreprises;
import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The entreprises of a périmètre, read by primary key. They are sorted here rather than by the database, on the
 * {@link CleDeTri} of their raison sociale, so that "Éole" comes before "Zénith" whatever the database's collation
 * (a portfolio holds tens of entreprises, not thousands).
 */
public final class JooqLectureEntreprises implements LectureEntreprises {

    private static final Comparator<EntrepriseResume> ORDRE = Comparator
            .comparing((EntrepriseResume entreprise) -> CleDeTri.de(entreprise.raisonSociale()))
            .thenComparing(EntrepriseResume::raisonSociale)
            .thenComparing(entreprise -> entreprise.numeroAdherent().valeur());

    private final DSLContext dsl;

    public JooqLectureEntreprises(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<EntrepriseResume> resumes(Collection<EntrepriseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.select(ENTREPRISE.ID, ENTREPRISE.NUMERO_ADHERENT, ENTREPRISE.RAISON_SOCIALE)
                .from(ENTREPRISE)
                .where(ENTREPRISE.ID.eq(any(ids.stream().map(EntrepriseId::valeur).toArray(UUID[]::new))))
                .fetch(ligne -> new EntrepriseResume(new EntrepriseId(ligne.value1()),
                        new NumeroAdherent(ligne.value2()), ligne.value3()))
                .stream()
                .sorted(ORDRE)
                .toList();
    }
}
