package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;
import java.util.Optional;

/** Change an employee's reference salary from a date. */
public record MajSalaireReference(SalarieId salarieId, Montant salaireReference, LocalDate dateEffet)
        implements ContenuDemande {

    public MajSalaireReference {
        Verifications.nonNul(salarieId, "salarieId");
        AffiliationSalarie.verifierSalaireReference(salaireReference);
        Verifications.nonNul(dateEffet, "dateEffet");
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.MAJ_SALAIRE_REFERENCE;
    }

    @Override
    public Optional<SalarieId> salarieConcerne() {
        return Optional.of(salarieId);
    }
}
