package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Optional;
import java.util.Set;

/** Query port: where the salariés an actor sees are expatriated. */
public interface PaysDesSalaries {

    /**
     * The distinct pays d'expatriation of the salariés of these entreprises.
     *
     * @param contratsVisibles when present (a mandataire), only the salariés with an affiliation, ended or not, to
     *                         one of those contrats, as in the list of salariés
     */
    Set<CodePays> paysDExpatriation(Set<EntrepriseId> entreprises, Optional<Set<ContratId>> contratsVisibles);
}
