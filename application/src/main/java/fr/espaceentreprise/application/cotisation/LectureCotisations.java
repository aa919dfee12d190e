package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read side of appels de cotisation, always bounded to a set of contrats (the reader's périmètre). The state
 * filter and the totals are answered by storage, on the day given.
 */
public interface LectureCotisations {

    /** Ordered by échéance, newest first, then id descending; after {@code apres}; at most {@code limite}. */
    List<AppelResume> lister(Collection<ContratId> contrats, FiltreAppels filtre, Optional<CurseurAppels> apres,
                             int limite, LocalDate aujourdhui);

    TotauxAppels totaux(Collection<ContratId> contrats, FiltreAppels filtre, LocalDate aujourdhui);

    /**
     * The appels not fully paid whose échéance is on or before {@code echeanceAuPlusTard} (late ones included),
     * oldest échéance first, at most {@code limite}: what the home page asks attention for.
     */
    List<AppelResume> aRegler(Collection<ContratId> contrats, LocalDate echeanceAuPlusTard, int limite,
                              LocalDate aujourdhui);

    /** One appel by id, whatever the périmètre (the use case checks it). */
    Optional<AppelResume> trouver(AppelDeCotisationId id, LocalDate aujourdhui);
}
