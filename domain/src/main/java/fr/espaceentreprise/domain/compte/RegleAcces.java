package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.mandataire.Mandat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 2-year rule: an entreprise or a mandataire keeps access to the space for two years after its relation
 * with the insurer ends, then loses it.
 *
 * <p>A "fin de relation" is {@code Optional.empty()} while the relation is still open. When there is nothing
 * at all to base a relation on (no contrat, no mandat), it is {@code Optional.of(LocalDate.MIN)}: a relation
 * that ended before any date, so access is closed rather than open by default.
 */
public final class RegleAcces {

    public static final Period DELAI = Period.ofYears(2);

    /** Stands for "no relation at all": access is closed. */
    public static final LocalDate AUCUNE_RELATION = LocalDate.MIN;

    private RegleAcces() {
    }

    /** Open while the relation is open, and up to and including the day fin + 2 years. */
    public static boolean accesOuvert(LocalDate aujourdhui, Optional<LocalDate> finDeRelation) {
        Objects.requireNonNull(aujourdhui, "aujourdhui");
        return finDeRelation.map(fin -> !aujourdhui.isAfter(fin.plus(DELAI))).orElse(true);
    }

    /** Empty while one contrat has no end; otherwise the latest end; no contrat → {@link #AUCUNE_RELATION}. */
    public static Optional<LocalDate> finDeRelationEntreprise(Collection<Contrat> contrats) {
        LocalDate derniereFin = AUCUNE_RELATION;
        for (Contrat contrat : contrats) {
            Optional<LocalDate> fin = contrat.finDeRelation();
            if (fin.isEmpty()) {
                return Optional.empty();
            }
            derniereFin = plusTardive(derniereFin, fin.get());
        }
        return Optional.of(derniereFin);
    }

    /**
     * A mandat effectively ends at the earlier of its own end and the end of the relation of its contrats
     * (a mandat over terminated contrats gives nothing more to manage). The relation ends at the latest such
     * end over all mandats; it is open (empty) while one mandat is effectively open. No mandat →
     * {@link #AUCUNE_RELATION}. A contrat of a mandat missing from {@code contrats} is ignored; a mandat none of
     * whose contrats is known counts as ended at {@link #AUCUNE_RELATION}.
     */
    public static Optional<LocalDate> finDeRelationMandataire(Collection<Mandat> mandats,
                                                              Map<ContratId, Contrat> contrats) {
        LocalDate derniereFin = AUCUNE_RELATION;
        for (Mandat mandat : mandats) {
            Optional<LocalDate> fin = finEffective(mandat, contrats);
            if (fin.isEmpty()) {
                return Optional.empty();
            }
            derniereFin = plusTardive(derniereFin, fin.get());
        }
        return Optional.of(derniereFin);
    }

    /** Empty when the mandat and at least one of its known contrats are open. */
    static Optional<LocalDate> finEffective(Mandat mandat, Map<ContratId, Contrat> contrats) {
        Optional<LocalDate> finMandat = Optional.ofNullable(mandat.periode().fin());
        Optional<LocalDate> finContrats = finDeRelationEntreprise(mandat.contrats().stream()
                .map(contrats::get)
                .filter(Objects::nonNull)
                .toList());
        if (finMandat.isEmpty()) {
            return finContrats;
        }
        if (finContrats.isEmpty()) {
            return finMandat;
        }
        return Optional.of(finMandat.get().isBefore(finContrats.get()) ? finMandat.get() : finContrats.get());
    }

    private static LocalDate plusTardive(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
