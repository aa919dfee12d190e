package fr.espaceentreprise.adapters.persistence.salarie;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.AFFILIATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONTRAT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SALARIE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import fr.espaceentreprise.adapters.persistence.jooq.tables.Affiliation;
import fr.espaceentreprise.application.salarie.CurseurSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.application.salarie.LectureSalaries;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The list of salariés, each page one short index range whatever the volume and the filter:
 * <ul>
 * <li>every salarié of an entreprise: the range of salarie_par_entreprise_et_nom_tri (with a country,
 * salarie_par_entreprise_pays_et_nom_tri) after the cursor, cut by LIMIT;</li>
 * <li>the salariés of some contrats (the contrat filter, and all a mandataire sees): for each contrat, its
 * affiliations in list order from affiliation_par_contrat_et_nom_tri (which carries the salarié's sort keys and
 * country), each salarié once, merged and cut to the page; then the salariés of the page by primary key. Walking
 * the entreprise's list instead and probing each salarié would read the whole entreprise for a contrat that
 * covers few of its salariés.</li>
 * </ul>
 * The order is (nom_tri, prenom_tri, id) in collation "C" on both paths, so one cursor serves both. The contrat
 * numbers of each line come in the same statement, read for the lines of the page only.
 */
public final class JooqLectureSalaries implements LectureSalaries {

    /**
     * Above every character a sort key can hold: the keys that start with a prefix are those from the prefix
     * (included) to the prefix followed by this (excluded), in the code point order of collation "C". A range of
     * values, unlike LIKE on a parameter, stays an index range in a generic plan.
     */
    private static final String APRES_TOUT_CARACTERE = new String(Character.toChars(Character.MAX_CODE_POINT));

    private static final Affiliation AFFILIATION_DU_CONTRAT = AFFILIATION.as("affiliation_du_contrat");

    private final DSLContext dsl;

    public JooqLectureSalaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SalarieResume> lister(EntrepriseId entrepriseId, Optional<Set<ContratId>> contratsVisibles,
                                      FiltreSalaries filtre, Optional<CurseurSalaries> apres, int limite,
                                      LocalDate aujourdhui) {
        if (filtre.contratId().isPresent()) {
            ContratId contrat = filtre.contratId().get();
            if (contratsVisibles.isPresent() && !contratsVisibles.get().contains(contrat)) {
                return List.of();
            }
            return parContrat(entrepriseId, Set.of(contrat), enCours(AFFILIATION_DU_CONTRAT, aujourdhui), filtre,
                    apres, limite, contratsVisibles, aujourdhui);
        }
        if (contratsVisibles.isPresent()) {
            if (contratsVisibles.get().isEmpty()) {
                return List.of();
            }
            return parContrat(entrepriseId, contratsVisibles.get(), noCondition(), filtre, apres, limite,
                    contratsVisibles, aujourdhui);
        }
        return deLEntreprise(entrepriseId, filtre, apres, limite, aujourdhui);
    }

    private List<SalarieResume> deLEntreprise(EntrepriseId entrepriseId, FiltreSalaries filtre,
                                              Optional<CurseurSalaries> apres, int limite, LocalDate aujourdhui) {
        Condition condition = SALARIE.ENTREPRISE_ID.eq(entrepriseId.valeur())
                .and(debutNom(SALARIE.NOM_TRI, filtre))
                .and(pays(SALARIE.PAYS_EXPATRIATION, filtre))
                .and(apres(SALARIE.NOM_TRI, SALARIE.PRENOM_TRI, SALARIE.ID, apres));
        Field<String[]> contrats = contrats(Optional.empty(), aujourdhui);
        return dsl.select(SALARIE.ID, SALARIE.NOM, SALARIE.PRENOM, SALARIE.DATE_NAISSANCE, SALARIE.PAYS_EXPATRIATION,
                        contrats)
                .from(SALARIE)
                .where(condition)
                .orderBy(SALARIE.NOM_TRI, SALARIE.PRENOM_TRI, SALARIE.ID)
                .limit(limite)
                .fetch(ligne -> resume(ligne, contrats));
    }

    /**
     * The salariés with an affiliation to one of {@code contrats} (of the entreprise) that meets {@code affiliation}:
     * per contrat, the first {@code limite} distinct salariés in list order (a lateral subquery reading the index
     * from the cursor on), then the first {@code limite} of their union.
     */
    private List<SalarieResume> parContrat(EntrepriseId entrepriseId, Set<ContratId> contrats, Condition affiliation,
                                           FiltreSalaries filtre, Optional<CurseurSalaries> apres, int limite,
                                           Optional<Set<ContratId>> contratsVisibles, LocalDate aujourdhui) {
        Affiliation a = AFFILIATION_DU_CONTRAT;
        Table<?> duContrat = lateral(select(a.SALARIE_ID, a.NOM_TRI, a.PRENOM_TRI)
                .distinctOn(a.NOM_TRI, a.PRENOM_TRI, a.SALARIE_ID)
                .from(a)
                .where(a.CONTRAT_ID.eq(CONTRAT.ID))
                .and(affiliation)
                .and(debutNom(a.NOM_TRI, filtre))
                .and(pays(a.PAYS_EXPATRIATION, filtre))
                .and(apres(a.NOM_TRI, a.PRENOM_TRI, a.SALARIE_ID, apres))
                .orderBy(a.NOM_TRI, a.PRENOM_TRI, a.SALARIE_ID)
                .limit(limite))
                .as("du_contrat");
        Field<UUID> salarieId = duContrat.field(a.SALARIE_ID);
        Field<String> nomTri = duContrat.field(a.NOM_TRI);
        Field<String> prenomTri = duContrat.field(a.PRENOM_TRI);
        Table<?> page = select(salarieId, nomTri, prenomTri)
                .distinctOn(nomTri, prenomTri, salarieId)
                .from(CONTRAT)
                .crossJoin(duContrat)
                .where(CONTRAT.ID.eq(any(contrats.stream().map(ContratId::valeur).toArray(UUID[]::new))))
                .and(CONTRAT.ENTREPRISE_ID.eq(entrepriseId.valeur()))
                .orderBy(nomTri, prenomTri, salarieId)
                .limit(limite)
                .asTable("page");
        Field<String[]> numeros = contrats(contratsVisibles, aujourdhui);
        return dsl.select(SALARIE.ID, SALARIE.NOM, SALARIE.PRENOM, SALARIE.DATE_NAISSANCE, SALARIE.PAYS_EXPATRIATION,
                        numeros)
                .from(page)
                .join(SALARIE).on(SALARIE.ID.eq(page.field(salarieId)))
                .orderBy(page.field(nomTri), page.field(prenomTri), page.field(salarieId))
                .fetch(ligne -> resume(ligne, numeros));
    }

    /** The numéros of the salarié's contrats (among the visible ones, if any) not ended on that day, sorted. */
    private static Field<String[]> contrats(Optional<Set<ContratId>> contratsVisibles, LocalDate aujourdhui) {
        Condition visibles = contratsVisibles
                .map(ids -> AFFILIATION.CONTRAT_ID.eq(any(ids.stream().map(ContratId::valeur).toArray(UUID[]::new))))
                .orElse(noCondition());
        return array(selectDistinct(CONTRAT.NUMERO)
                .from(AFFILIATION)
                .join(CONTRAT).on(CONTRAT.ID.eq(AFFILIATION.CONTRAT_ID))
                .where(AFFILIATION.SALARIE_ID.eq(SALARIE.ID))
                .and(enCours(AFFILIATION, aujourdhui))
                .and(visibles)
                .orderBy(CONTRAT.NUMERO))
                .as("contrats");
    }

    /**
     * Not ended on that day: current, or starting later. Written as the expression the index
     * affiliation_par_contrat_et_nom_tri holds, so that the index skips the ended affiliations itself.
     */
    private static Condition enCours(Affiliation affiliation, LocalDate aujourdhui) {
        return field("coalesce({0}, 'infinity'::date)", LocalDate.class, affiliation.FIN).ge(aujourdhui);
    }

    private static Condition debutNom(Field<String> nomTri, FiltreSalaries filtre) {
        return filtre.debutNom()
                .map(debut -> nomTri.ge(debut).and(nomTri.lt(debut + APRES_TOUT_CARACTERE)))
                .orElse(noCondition());
    }

    private static Condition pays(Field<String> pays, FiltreSalaries filtre) {
        return filtre.pays().map(CodePays::valeur).map(pays::eq).orElse(noCondition());
    }

    private static Condition apres(Field<String> nomTri, Field<String> prenomTri, Field<UUID> id,
                                   Optional<CurseurSalaries> apres) {
        return apres
                .map(curseur -> row(nomTri, prenomTri, id).gt(curseur.nomTri(), curseur.prenomTri(), curseur.id()))
                .orElse(noCondition());
    }

    private static SalarieResume resume(Record ligne, Field<String[]> contrats) {
        return new SalarieResume(
                new SalarieId(ligne.get(SALARIE.ID)),
                ligne.get(SALARIE.NOM),
                ligne.get(SALARIE.PRENOM),
                ligne.get(SALARIE.DATE_NAISSANCE),
                new CodePays(ligne.get(SALARIE.PAYS_EXPATRIATION)),
                Arrays.stream(ligne.get(contrats)).map(NumeroContrat::new).toList());
    }
}
