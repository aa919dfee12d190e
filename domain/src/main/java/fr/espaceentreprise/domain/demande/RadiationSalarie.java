package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;
import java.util.Optional;

/** End an employee's enrolment on a contract; dateFin is the last day covered. */
public record RadiationSalarie(SalarieId salarieId, ContratId contratId, LocalDate dateFin)
        implements ContenuDemande {

    public RadiationSalarie {
        Verifications.nonNul(salarieId, "salarieId");
        Verifications.nonNul(contratId, "contratId");
        Verifications.nonNul(dateFin, "dateFin");
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.RADIATION_SALARIE;
    }

    @Override
    public Optional<ContratId> contratConcerne() {
        return Optional.of(contratId);
    }

    @Override
    public Optional<SalarieId> salarieConcerne() {
        return Optional.of(salarieId);
    }
}
