package fr.espaceentreprise.adapters.persistence.cotisation;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.APPEL_DE_COTISATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONTRAT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.CurseurAppels;
import fr.espaceentreprise.application.cotisation.FiltreAppels;
import fr.espaceentreprise.application.cotisation.LectureCotisations;
import fr.espaceentreprise.application.cotisation.TotauxAppels;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The appels de cotisation as lists show them, each page one short index range per contrat: for every contrat of
 * the set, its first appels in list order after the cursor (a lateral subquery reading its index from the right
 * place), merged and cut to the page. Reading "every appel of the contrats, then sorting" would cost as many rows
 * as the contrats hold.
 *
 * <p>The state of an appel on a day is the rule of
 * {@link fr.espaceentreprise.domain.cotisation.AppelDeCotisation#etatAu}, said in SQL over the amount paid kept
 * on the appel (payments are never dated after the day they are recorded): soldé when nothing remains, else en
 * retard after the échéance, else partiellement payé when something was paid, else à payer. The same conditions
 * serve the state filter, so a state shown and a state filtered on cannot disagree.
 */
public final class JooqLectureCotisations implements LectureCotisations {

    private static final fr.espaceentreprise.adapters.persistence.jooq.tables.AppelDeCotisation APPEL =
            APPEL_DE_COTISATION.as("appel");

    /** The year filter, written as the expression the index appel_de_cotisation_par_contrat_annee_et_echeance holds. */
    private static final Field<BigDecimal> ANNEE = DSL.field("extract(year from {0})", BigDecimal.class, APPEL.DEBUT);

    private static final String ETAT = "etat";

    private final DSLContext dsl;

    public JooqLectureCotisations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AppelResume> lister(Collection<ContratId> contrats, FiltreAppels filtre, Optional<CurseurAppels> apres,
                                    int limite, LocalDate aujourdhui) {
        List<UUID> ids = contratsLus(contrats, filtre);
        if (ids.isEmpty()) {
            return List.of();
        }
        Condition condition = conditions(filtre, aujourdhui);
        if (apres.isPresent()) {
            condition = condition.and(row(APPEL.ECHEANCE, APPEL.ID).lt(apres.get().echeance(), apres.get().id()));
        }
        return parContrat(ids, condition, limite, aujourdhui, Sens.RECENTS_D_ABORD);
    }

    @Override
    public TotauxAppels totaux(Collection<ContratId> contrats, FiltreAppels filtre, LocalDate aujourdhui) {
        List<UUID> ids = contratsLus(contrats, filtre);
        if (ids.isEmpty()) {
            return TotauxAppels.ZERO;
        }
        Record2<BigDecimal, BigDecimal> totaux = dsl
                .select(coalesce(sum(APPEL.MONTANT_APPELE_CENTIMES), BigDecimal.ZERO),
                        coalesce(sum(APPEL.MONTANT_PAYE_CENTIMES), BigDecimal.ZERO))
                .from(APPEL)
                .where(APPEL.CONTRAT_ID.eq(any(ids.toArray(UUID[]::new))))
                .and(conditions(filtre, aujourdhui))
                .fetchSingle();
        return new TotauxAppels(Montant.centimes(totaux.value1().longValueExact()),
                Montant.centimes(totaux.value2().longValueExact()));
    }

    @Override
    public List<AppelResume> aRegler(Collection<ContratId> contrats, LocalDate echeanceAuPlusTard, int limite,
                                     LocalDate aujourdhui) {
        if (contrats.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = contrats.stream().map(ContratId::valeur).distinct().toList();
        return parContrat(ids, nonSolde().and(APPEL.ECHEANCE.le(echeanceAuPlusTard)), limite, aujourdhui,
                Sens.ANCIENS_D_ABORD);
    }

    @Override
    public Optional<AppelResume> trouver(AppelDeCotisationId id, LocalDate aujourdhui) {
        return dsl.select(CONTRAT.ID, CONTRAT.NUMERO, CONTRAT.ENTREPRISE_ID, ENTREPRISE.RAISON_SOCIALE, APPEL.ID,
                        APPEL.NUMERO_QUITTANCE, APPEL.DEBUT, APPEL.FIN, APPEL.ECHEANCE, APPEL.MONTANT_APPELE_CENTIMES,
                        APPEL.MONTANT_PAYE_CENTIMES, etat(aujourdhui))
                .from(APPEL)
                .join(CONTRAT).on(CONTRAT.ID.eq(APPEL.CONTRAT_ID))
                .join(ENTREPRISE).on(ENTREPRISE.ID.eq(CONTRAT.ENTREPRISE_ID))
                .where(APPEL.ID.eq(id.valeur()))
                .fetchOptional(ligne -> resume(ligne, APPEL));
    }

    /**
     * The page: for each contrat, a lateral subquery reads at most {@code limite} appels in list order from its
     * index; the merge keeps the first {@code limite} of all.
     */
    private List<AppelResume> parContrat(List<UUID> contrats, Condition condition, int limite, LocalDate aujourdhui,
                                         Sens sens) {
        Table<?> page = lateral(select(APPEL.ID, APPEL.NUMERO_QUITTANCE, APPEL.DEBUT, APPEL.FIN, APPEL.ECHEANCE,
                        APPEL.MONTANT_APPELE_CENTIMES, APPEL.MONTANT_PAYE_CENTIMES, etat(aujourdhui))
                .from(APPEL)
                .where(APPEL.CONTRAT_ID.eq(CONTRAT.ID))
                .and(condition)
                .orderBy(sens.ordre(APPEL.ECHEANCE), sens.ordre(APPEL.ID))
                .limit(limite))
                .as("page");
        List<Field<?>> champs = new ArrayList<>(List.of(CONTRAT.ID, CONTRAT.NUMERO, CONTRAT.ENTREPRISE_ID,
                ENTREPRISE.RAISON_SOCIALE));
        champs.addAll(List.of(page.fields()));
        return dsl.select(champs)
                .from(CONTRAT)
                .join(ENTREPRISE).on(ENTREPRISE.ID.eq(CONTRAT.ENTREPRISE_ID))
                .crossJoin(page)
                .where(CONTRAT.ID.eq(any(contrats.toArray(UUID[]::new))))
                .orderBy(sens.ordre(page.field(APPEL.ECHEANCE)), sens.ordre(page.field(APPEL.ID)))
                .limit(limite)
                .fetch(ligne -> resume(ligne, page));
    }

    private enum Sens {
        RECENTS_D_ABORD, ANCIENS_D_ABORD;

        <T> SortField<T> ordre(Field<T> champ) {
            return this == RECENTS_D_ABORD ? champ.desc() : champ.asc();
        }
    }

    /** The contrats to read: those of the set, narrowed to the one of the filter (none if it is not in the set). */
    private static List<UUID> contratsLus(Collection<ContratId> contrats, FiltreAppels filtre) {
        if (filtre.contratId().isPresent()) {
            return contrats.contains(filtre.contratId().get())
                    ? List.of(filtre.contratId().get().valeur())
                    : List.of();
        }
        return contrats.stream().map(ContratId::valeur).distinct().toList();
    }

    private static Condition conditions(FiltreAppels filtre, LocalDate aujourdhui) {
        Condition condition = DSL.noCondition();
        if (filtre.annee().isPresent()) {
            condition = condition.and(ANNEE.eq(BigDecimal.valueOf(filtre.annee().get().getValue())));
        }
        if (filtre.etat().isPresent()) {
            condition = condition.and(dansLEtat(filtre.etat().get(), aujourdhui));
        }
        return condition;
    }

    /**
     * The appels in {@code etat} on {@code aujourdhui}. Each state other than soldé states "not fully paid" in the
     * words of the index appel_de_cotisation_a_regler, so that the planner may read that index.
     */
    private static Condition dansLEtat(EtatAppel etat, LocalDate aujourdhui) {
        return switch (etat) {
            case SOLDE -> solde();
            case EN_RETARD -> nonSolde().and(enRetard(aujourdhui));
            case PARTIELLEMENT_PAYE ->
                    nonSolde().and(enRetard(aujourdhui).not()).and(APPEL.MONTANT_PAYE_CENTIMES.gt(0L));
            case A_PAYER -> nonSolde().and(enRetard(aujourdhui).not()).and(APPEL.MONTANT_PAYE_CENTIMES.eq(0L));
        };
    }

    private static Field<String> etat(LocalDate aujourdhui) {
        return when(solde(), inline(EtatAppel.SOLDE.name()))
                .when(enRetard(aujourdhui), inline(EtatAppel.EN_RETARD.name()))
                .when(APPEL.MONTANT_PAYE_CENTIMES.gt(0L), inline(EtatAppel.PARTIELLEMENT_PAYE.name()))
                .otherwise(inline(EtatAppel.A_PAYER.name()))
                .as(ETAT);
    }

    private static Condition solde() {
        return APPEL.MONTANT_PAYE_CENTIMES.ge(APPEL.MONTANT_APPELE_CENTIMES);
    }

    private static Condition nonSolde() {
        return APPEL.MONTANT_PAYE_CENTIMES.lt(APPEL.MONTANT_APPELE_CENTIMES);
    }

    /** Late only from the day after the échéance. */
    private static Condition enRetard(LocalDate aujourdhui) {
        return APPEL.ECHEANCE.lt(val(aujourdhui));
    }

    /** {@code appel} is where the appel's columns come from: the table itself or the lateral page. */
    private static AppelResume resume(Record ligne, Table<?> appel) {
        return new AppelResume(
                new AppelDeCotisationId(ligne.get(appel.field(APPEL.ID))),
                new ContratId(ligne.get(CONTRAT.ID)),
                new NumeroContrat(ligne.get(CONTRAT.NUMERO)),
                new EntrepriseId(ligne.get(CONTRAT.ENTREPRISE_ID)),
                ligne.get(ENTREPRISE.RAISON_SOCIALE),
                new NumeroQuittance(ligne.get(appel.field(APPEL.NUMERO_QUITTANCE))),
                new Periode(ligne.get(appel.field(APPEL.DEBUT)), ligne.get(appel.field(APPEL.FIN))),
                ligne.get(appel.field(APPEL.ECHEANCE)),
                Montant.centimes(ligne.get(appel.field(APPEL.MONTANT_APPELE_CENTIMES))),
                Montant.centimes(ligne.get(appel.field(APPEL.MONTANT_PAYE_CENTIMES))),
                EtatAppel.valueOf(ligne.get(ETAT, String.class)));
    }
}
