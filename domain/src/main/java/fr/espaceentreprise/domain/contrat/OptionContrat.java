package fr.espaceentreprise.domain.contrat;

import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.LocalDate;

/** An add-on attached to a contract, with its own dates. */
public record OptionContrat(CodeOption code, Periode periode) {

    public OptionContrat {
        Verifications.nonNul(code, "codeOption");
        Verifications.nonNul(periode, "periode");
    }

    public boolean estActiveLe(LocalDate date) {
        return periode.contient(date);
    }

    /** The same option with {@code fin} as its last day, whether it was open-ended or ended later. */
    OptionContrat termineeLe(LocalDate fin) {
        return new OptionContrat(code, new Periode(periode.debut(), fin));
    }
}
