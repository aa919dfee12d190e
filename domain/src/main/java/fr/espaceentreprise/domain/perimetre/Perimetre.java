package fr.espaceentreprise.domain.perimetre;

import fr.espaceentreprise.domain.compte.RegleAcces;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The entreprises and contrats an actor may see. Anything outside it does not exist for that actor. */
public record Perimetre(boolean toutVoir, Set<EntrepriseId> entreprises, Set<ContratId> contrats) {

    public Perimetre {
        entreprises = Set.copyOf(entreprises);
        contrats = Set.copyOf(contrats);
    }

    public boolean voitEntreprise(EntrepriseId entrepriseId) {
        return toutVoir || entreprises.contains(entrepriseId);
    }

    public boolean voitContrat(ContratId contratId) {
        return toutVoir || contrats.contains(contratId);
    }

    /** The back office's view: everything. */
    public static Perimetre complet() {
        return new Perimetre(true, Set.of(), Set.of());
    }

    public static Perimetre vide() {
        return new Perimetre(false, Set.of(), Set.of());
    }

    /**
     * The entreprise and every contrat it holds, whatever their dates (whether the entreprise may still log in
     * is {@link RegleAcces}'s business). A contrat of another entreprise passed by mistake is left out.
     */
    public static Perimetre entreprise(EntrepriseId entrepriseId, Collection<Contrat> contratsDeLEntreprise) {
        Objects.requireNonNull(entrepriseId, "entrepriseId");
        Set<ContratId> contrats = new HashSet<>();
        for (Contrat contrat : contratsDeLEntreprise) {
            if (contrat.entrepriseId().equals(entrepriseId)) {
                contrats.add(contrat.id());
            }
        }
        return new Perimetre(false, Set.of(entrepriseId), contrats);
    }

    /**
     * The contrats covered by a mandat that has started and is active today or ended at most
     * {@link RegleAcces#DELAI} ago, each contrat itself ended at most {@link RegleAcces#DELAI} ago; and the
     * entreprises holding those contrats. A contrat missing from {@code contrats} (its entreprise unknown) or
     * held by another entreprise than the mandat's is left out.
     */
    public static Perimetre mandataire(Collection<Mandat> mandats, Map<ContratId, Contrat> contrats,
                                       LocalDate aujourdhui) {
        Objects.requireNonNull(aujourdhui, "aujourdhui");
        Set<EntrepriseId> entreprisesVisibles = new HashSet<>();
        Set<ContratId> contratsVisibles = new HashSet<>();
        for (Mandat mandat : mandats) {
            if (!mandatEncoreVisible(mandat, aujourdhui)) {
                continue;
            }
            for (ContratId contratId : mandat.contrats()) {
                Contrat contrat = contrats.get(contratId);
                if (contrat != null
                        && contrat.entrepriseId().equals(mandat.entrepriseId())
                        && RegleAcces.accesOuvert(aujourdhui, contrat.finDeRelation())) {
                    contratsVisibles.add(contrat.id());
                    entreprisesVisibles.add(contrat.entrepriseId());
                }
            }
        }
        return new Perimetre(false, entreprisesVisibles, contratsVisibles);
    }

    private static boolean mandatEncoreVisible(Mandat mandat, LocalDate aujourdhui) {
        boolean commence = !mandat.periode().debut().isAfter(aujourdhui);
        return commence && RegleAcces.accesOuvert(aujourdhui, Optional.ofNullable(mandat.periode().fin()));
    }
}
