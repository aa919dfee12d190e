package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.Salarie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list of salariés computed from the stored salariés and contrats with the rules the SQL follows: order by
 * (CleDeTri of nom, of prénom, id), prefix search on the nom's key, an affiliation "en cours" when it has not
 * ended, a mandataire's salariés through any affiliation to his contrats. Records every limit it was asked for.
 */
public final class LectureSalariesEnMemoire implements LectureSalaries {

    private static final Comparator<Ligne> ORDRE = Comparator.comparing(Ligne::nomTri, OrdreSql.TEXTE)
            .thenComparing(Ligne::prenomTri, OrdreSql.TEXTE)
            .thenComparing(ligne -> ligne.salarie().id().valeur(), OrdreSql.UUID);

    private final SalariesEnMemoire salaries;
    private final ContratRepository contrats;
    private final TransactionsEnMemoire transactions;
    private final List<Integer> limites = new ArrayList<>();

    public LectureSalariesEnMemoire(SalariesEnMemoire salaries, ContratRepository contrats,
                                    TransactionsEnMemoire transactions) {
        this.salaries = salaries;
        this.contrats = contrats;
        this.transactions = transactions;
    }

    /** The {@code limite} of every call, in order. */
    public List<Integer> limitesDemandees() {
        return Collections.unmodifiableList(limites);
    }

    private record Ligne(String nomTri, String prenomTri, Salarie salarie) {
    }

    @Override
    public List<SalarieResume> lister(EntrepriseId entrepriseId, Optional<Set<ContratId>> contratsVisibles,
                                      FiltreSalaries filtre, Optional<CurseurSalaries> apres, int limite,
                                      LocalDate aujourdhui) {
        transactions.exigerTransaction();
        limites.add(limite);
        List<Ligne> lignes = salaries.tous().stream()
                .filter(salarie -> salarie.entrepriseId().equals(entrepriseId))
                .filter(salarie -> contratsVisibles.isEmpty() || salarie.affiliations().stream()
                        .anyMatch(affiliation -> contratsVisibles.get().contains(affiliation.contratId())))
                .filter(salarie -> filtre.pays().isEmpty() || filtre.pays().get().equals(salarie.paysExpatriation()))
                .filter(salarie -> filtre.contratId().isEmpty() || salarie.affiliations().stream()
                        .anyMatch(affiliation -> affiliation.contratId().equals(filtre.contratId().get())
                                && enCours(affiliation, aujourdhui)
                                && contratsVisibles.map(visibles -> visibles.contains(affiliation.contratId()))
                                        .orElse(true)))
                .map(salarie -> new Ligne(CleDeTri.de(salarie.nom()), CleDeTri.de(salarie.prenom()), salarie))
                .filter(ligne -> filtre.debutNom().isEmpty() || ligne.nomTri().startsWith(filtre.debutNom().get()))
                .filter(ligne -> apres.isEmpty() || apresLeCurseur(ligne, apres.get()))
                .sorted(ORDRE)
                .limit(limite)
                .toList();
        Map<ContratId, Contrat> contratsLus = contrats.trouverTous(lignes.stream()
                .flatMap(ligne -> ligne.salarie().affiliations().stream())
                .map(Affiliation::contratId)
                .collect(Collectors.toSet()));
        return lignes.stream()
                .map(ligne -> resume(ligne.salarie(), contratsVisibles, contratsLus, aujourdhui))
                .toList();
    }

    private static boolean apresLeCurseur(Ligne ligne, CurseurSalaries curseur) {
        int nom = OrdreSql.TEXTE.compare(ligne.nomTri(), curseur.nomTri());
        if (nom != 0) {
            return nom > 0;
        }
        int prenom = OrdreSql.TEXTE.compare(ligne.prenomTri(), curseur.prenomTri());
        if (prenom != 0) {
            return prenom > 0;
        }
        return OrdreSql.UUID.compare(ligne.salarie().id().valeur(), curseur.id()) > 0;
    }

    private static SalarieResume resume(Salarie salarie, Optional<Set<ContratId>> contratsVisibles,
                                        Map<ContratId, Contrat> contrats, LocalDate aujourdhui) {
        List<NumeroContrat> numeros = salarie.affiliations().stream()
                .filter(affiliation -> enCours(affiliation, aujourdhui))
                .filter(affiliation -> contratsVisibles.isEmpty()
                        || contratsVisibles.get().contains(affiliation.contratId()))
                .map(affiliation -> contrats.get(affiliation.contratId()))
                .filter(contrat -> contrat != null)
                .map(Contrat::numero)
                .distinct()
                .sorted(Comparator.comparing(NumeroContrat::valeur, OrdreSql.TEXTE))
                .toList();
        return new SalarieResume(salarie.id(), salarie.nom(), salarie.prenom(), salarie.dateNaissance(),
                salarie.paysExpatriation(), numeros);
    }

    private static boolean enCours(Affiliation affiliation, LocalDate aujourdhui) {
        LocalDate fin = affiliation.periode().fin();
        return fin == null || !fin.isBefore(aujourdhui);
    }
}
