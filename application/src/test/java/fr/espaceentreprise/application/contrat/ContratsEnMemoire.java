package fr.espaceentreprise.application.contrat;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class ContratsEnMemoire extends DepotEnMemoire<ContratId, Contrat> implements ContratRepository {

    public ContratsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, ContratsEnMemoire::copie);
    }

    public Contrat ajouter(Contrat contrat) {
        ajouter(contrat.id(), contrat);
        return contrat;
    }

    @Override
    public Optional<Contrat> trouver(ContratId id) {
        return lire(id);
    }

    @Override
    public Optional<Contrat> trouverParNumero(NumeroContrat numero) {
        return premiereCle(contrat -> contrat.numero().equals(numero)).flatMap(this::lire);
    }

    @Override
    public List<Contrat> trouverParEntreprise(EntrepriseId entrepriseId) {
        return tous().stream()
                .filter(contrat -> contrat.entrepriseId().equals(entrepriseId))
                .sorted(Comparator.comparing(Contrat::dateEffet).thenComparing(c -> c.numero().valeur()))
                .toList();
    }

    @Override
    public Map<ContratId, Contrat> trouverTous(Collection<ContratId> ids) {
        Map<ContratId, Contrat> trouves = new LinkedHashMap<>();
        ids.forEach(id -> lire(id).ifPresent(contrat -> trouves.put(id, contrat)));
        return trouves;
    }

    @Override
    public List<Contrat> avecGarantieProgrammeeAu(LocalDate jour, int nombre) {
        return tous().stream()
                .filter(contrat -> contrat.garantieProgrammee()
                        .filter(programmee -> !programmee.dateEffet().isAfter(jour)).isPresent())
                .sorted(Comparator.comparing(contrat -> contrat.garantieProgrammee().orElseThrow().dateEffet()))
                .limit(nombre)
                .toList();
    }

    @Override
    public void enregistrer(Contrat contrat) {
        boolean numeroPris = tous().stream()
                .anyMatch(autre -> !autre.id().equals(contrat.id()) && autre.numero().equals(contrat.numero()));
        if (numeroPris) {
            throw new RegleMetierException("numeroContrat.deja_utilise", "numeroContrat");
        }
        ecrire(contrat.id(), contrat);
    }

    private static Contrat copie(Contrat c) {
        return Contrat.rehydrater(c.id(), c.numero(), c.entrepriseId(), c.organisme(), c.garantie(),
                c.garantieProgrammee().orElse(null), c.options(),
                c.dateEffet(), c.dateFin().orElse(null));
    }
}
