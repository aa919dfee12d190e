package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;

import java.time.LocalDate;
import java.util.Objects;

/** One affiliation an attestation certifies, as printed: the contrat, its organisme and garantie, the date d'effet. */
public record LigneAttestation(AffiliationId affiliationId, NumeroContrat numeroContrat, Organisme organisme,
                               Garantie garantie, LocalDate dateEffet) {

    public LigneAttestation {
        Objects.requireNonNull(affiliationId, "affiliationId");
        Objects.requireNonNull(numeroContrat, "numeroContrat");
        Objects.requireNonNull(organisme, "organisme");
        Objects.requireNonNull(garantie, "garantie");
        Objects.requireNonNull(dateEffet, "dateEffet");
    }
}
