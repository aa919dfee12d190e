package fr.espaceentreprise.adapters.persistence.contrat;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.ContratOptionRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.ContratRecord;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.GarantieProgrammee;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.OptionContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

final class ContratMapper {

    private ContratMapper() {
    }

    /** {@code options} in rang order. */
    static Contrat versDomaine(ContratRecord ligne, List<ContratOptionRecord> options) {
        return Contrat.rehydrater(
                new ContratId(ligne.getId()),
                new NumeroContrat(ligne.getNumero()),
                new EntrepriseId(ligne.getEntrepriseId()),
                Organisme.valueOf(ligne.getOrganisme()),
                Garantie.valueOf(ligne.getGarantie()),
                ligne.getGarantieProgrammee() == null ? null : new GarantieProgrammee(
                        Garantie.valueOf(ligne.getGarantieProgrammee()), ligne.getGarantieProgrammeeLe()),
                options.stream()
                        .map(option -> new OptionContrat(CodeOption.valueOf(option.getCode()),
                                new Periode(option.getDebut(), option.getFin())))
                        .collect(Collectors.toList()),
                ligne.getDateEffet(),
                ligne.getDateFin());
    }

    static ContratRecord versLigne(Contrat contrat) {
        ContratRecord ligne = new ContratRecord();
        ligne.setId(contrat.id().valeur());
        ligne.setNumero(contrat.numero().valeur());
        ligne.setEntrepriseId(contrat.entrepriseId().valeur());
        ligne.setOrganisme(contrat.organisme().name());
        ligne.setGarantie(contrat.garantie().name());
        ligne.setGarantieProgrammee(contrat.garantieProgrammee().map(programmee -> programmee.garantie().name())
                .orElse(null));
        ligne.setGarantieProgrammeeLe(contrat.garantieProgrammee().map(GarantieProgrammee::dateEffet).orElse(null));
        ligne.setDateEffet(contrat.dateEffet());
        ligne.setDateFin(contrat.dateFin().orElse(null));
        ligne.changed(true);
        return ligne;
    }

    static List<ContratOptionRecord> versLignesOptions(Contrat contrat) {
        List<ContratOptionRecord> lignes = new ArrayList<>();
        for (OptionContrat option : contrat.options()) {
            ContratOptionRecord ligne = new ContratOptionRecord();
            ligne.setContratId(contrat.id().valeur());
            ligne.setRang(lignes.size());
            ligne.setCode(option.code().name());
            ligne.setDebut(option.periode().debut());
            ligne.setFin(option.periode().fin());
            ligne.changed(true);
            lignes.add(ligne);
        }
        return lignes;
    }
}
