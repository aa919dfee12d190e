package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read side of salariés: the keyset-paged list, one indexed range per page whatever the volume. */
public interface LectureSalaries {

    /**
     * The salariés of the entreprise matching the filter, ordered by (CleDeTri of nom, CleDeTri of prénom, id),
     * after {@code apres}, at most {@code limite}.
     *
     * @param contratsVisibles when present (a mandataire), only the salariés with an affiliation, ended or not,
     *                         to one of those contrats, and only those contrats' numéros in each line; when
     *                         empty, every salarié of the entreprise
     * @param aujourdhui       an affiliation whose fin is before this day has ended
     */
    List<SalarieResume> lister(EntrepriseId entrepriseId, Optional<Set<ContratId>> contratsVisibles,
                               FiltreSalaries filtre, Optional<CurseurSalaries> apres, int limite,
                               LocalDate aujourdhui);
}
