package fr.espaceentreprise.adapters.persistence.mandataire;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.MandatContratRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.MandatRecord;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

final class MandatMapper {

    private MandatMapper() {
    }

    static Mandat versDomaine(MandatRecord ligne, List<MandatContratRecord> contrats) {
        Set<ContratId> contratIds = contrats.stream()
                .map(contrat -> new ContratId(contrat.getContratId()))
                .collect(Collectors.toUnmodifiableSet());
        return Mandat.rehydrater(
                new MandatId(ligne.getId()),
                new MandataireId(ligne.getMandataireId()),
                new EntrepriseId(ligne.getEntrepriseId()),
                contratIds,
                new Periode(ligne.getDebut(), ligne.getFin()));
    }

    static MandatRecord versLigne(Mandat mandat) {
        MandatRecord ligne = new MandatRecord();
        ligne.setId(mandat.id().valeur());
        ligne.setMandataireId(mandat.mandataireId().valeur());
        ligne.setEntrepriseId(mandat.entrepriseId().valeur());
        ligne.setDebut(mandat.periode().debut());
        ligne.setFin(mandat.periode().fin());
        ligne.changed(true);
        return ligne;
    }

    static List<MandatContratRecord> versLignesContrats(Mandat mandat) {
        return mandat.contrats().stream()
                .map(contrat -> {
                    MandatContratRecord ligne = new MandatContratRecord();
                    ligne.setMandatId(mandat.id().valeur());
                    ligne.setContratId(contrat.valeur());
                    ligne.changed(true);
                    return ligne;
                })
                .collect(Collectors.toUnmodifiableList());
    }
}
