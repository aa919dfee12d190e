package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;

import java.time.LocalDate;
import java.util.Optional;

/** Switch a contract to another plan from a date. */
public record ChangementGarantie(ContratId contratId, Garantie garantie, LocalDate dateEffet)
        implements ContenuDemande {

    public ChangementGarantie {
        Verifications.nonNul(contratId, "contratId");
        Verifications.nonNul(garantie, "garantie");
        Verifications.nonNul(dateEffet, "dateEffet");
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.CHANGEMENT_GARANTIE;
    }

    @Override
    public Optional<ContratId> contratConcerne() {
        return Optional.of(contratId);
    }
}
