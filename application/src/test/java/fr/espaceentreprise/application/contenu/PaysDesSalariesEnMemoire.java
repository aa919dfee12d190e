package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.salarie.SalariesEnMemoire;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.Salarie;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public final class PaysDesSalariesEnMemoire implements PaysDesSalaries {

    private final SalariesEnMemoire salaries;

    public PaysDesSalariesEnMemoire(SalariesEnMemoire salaries) {
        this.salaries = salaries;
    }

    @Override
    public Set<CodePays> paysDExpatriation(Set<EntrepriseId> entreprises, Optional<Set<ContratId>> contratsVisibles) {
        return salaries.tous().stream()
                .filter(salarie -> entreprises.contains(salarie.entrepriseId()))
                .filter(salarie -> contratsVisibles.map(contrats -> affilieA(salarie, contrats)).orElse(true))
                .map(Salarie::paysExpatriation)
                .collect(Collectors.toSet());
    }

    private static boolean affilieA(Salarie salarie, Set<ContratId> contrats) {
        return salarie.affiliations().stream().anyMatch(affiliation -> contrats.contains(affiliation.contratId()));
    }
}
