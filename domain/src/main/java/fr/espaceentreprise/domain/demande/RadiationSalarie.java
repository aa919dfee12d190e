package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;

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
}
