package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;
import java.util.Optional;

/** An employee moves to another country from a date. */
public record MajPaysExpatriation(SalarieId salarieId, CodePays paysExpatriation, LocalDate dateEffet)
        implements ContenuDemande {

    public MajPaysExpatriation {
        Verifications.nonNul(salarieId, "salarieId");
        Verifications.nonNul(paysExpatriation, "paysExpatriation");
        Verifications.nonNul(dateEffet, "dateEffet");
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.MAJ_PAYS_EXPATRIATION;
    }

    @Override
    public Optional<SalarieId> salarieConcerne() {
        return Optional.of(salarieId);
    }
}
