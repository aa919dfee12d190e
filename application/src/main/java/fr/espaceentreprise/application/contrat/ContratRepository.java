package fr.espaceentreprise.application.contrat;

import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of the {@link Contrat} aggregate, with its options. */
public interface ContratRepository {

    Optional<Contrat> trouver(ContratId id);

    Optional<Contrat> trouverParNumero(NumeroContrat numero);

    /** Every contrat of the entreprise, terminated ones included, ordered by date d'effet then numéro. */
    List<Contrat> trouverParEntreprise(EntrepriseId entrepriseId);

    /** The contrats found among {@code ids}, by id; unknown ids are simply absent from the map. */
    Map<ContratId, Contrat> trouverTous(Collection<ContratId> ids);

    /**
     * At most {@code nombre} contrats whose {@link Contrat#garantieProgrammee()} takes effect on {@code jour} or
     * before, oldest change first.
     */
    List<Contrat> avecGarantieProgrammeeAu(LocalDate jour, int nombre);

    /**
     * Inserts or updates the contrat and its options. A numéro already held by another contrat →
     * RegleMetierException "numeroContrat.deja_utilise".
     */
    void enregistrer(Contrat contrat);
}
