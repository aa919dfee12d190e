package fr.espaceentreprise.application.contrat;

import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.GarantieProgrammee;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A contrat and its options as the rubrique Contrats shows them, with their state on the day of reading.
 *
 * @param garantie           the plan in force on the day of reading
 * @param garantieProgrammee the change of plan validated for a later day, if any
 */
public record ContratResume(ContratId id, NumeroContrat numero, EntrepriseId entrepriseId, String raisonSociale,
                            Organisme organisme, Garantie garantie, Optional<GarantieProgrammee> garantieProgrammee,
                            LocalDate dateEffet, Optional<LocalDate> dateFin, EtatContrat etat,
                            List<OptionVue> options) {

    public ContratResume {
        options = List.copyOf(options);
    }

    /** @param active in force on the day of reading */
    public record OptionVue(CodeOption code, LocalDate debut, Optional<LocalDate> fin, boolean active) {
    }
}
