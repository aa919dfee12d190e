package fr.espaceentreprise.domain.contrat;

import fr.espaceentreprise.domain.commun.Verifications;
import java.time.LocalDate;

/** A change of plan decided for a day still to come: the contract switches to {@code garantie} that day. */
public record GarantieProgrammee(Garantie garantie, LocalDate dateEffet) {

    public GarantieProgrammee {
        Verifications.nonNul(garantie, "garantie");
        Verifications.nonNul(dateEffet, "dateEffet");
    }
}
