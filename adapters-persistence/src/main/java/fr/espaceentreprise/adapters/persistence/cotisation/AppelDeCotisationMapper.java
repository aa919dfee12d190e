package fr.espaceentreprise.adapters.persistence.cotisation;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.AppelDeCotisationRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.PaiementRecord;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.cotisation.Paiement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

final class AppelDeCotisationMapper {

    private AppelDeCotisationMapper() {
    }

    /** {@code paiements} in rang order. */
    static AppelDeCotisation versDomaine(AppelDeCotisationRecord ligne, List<PaiementRecord> paiements) {
        return AppelDeCotisation.rehydrater(
                new AppelDeCotisationId(ligne.getId()),
                new ContratId(ligne.getContratId()),
                new NumeroQuittance(ligne.getNumeroQuittance()),
                new Periode(ligne.getDebut(), ligne.getFin()),
                ligne.getEcheance(),
                Montant.centimes(ligne.getMontantAppeleCentimes()),
                paiements.stream()
                        .map(paiement -> new Paiement(paiement.getDatePaiement(),
                                Montant.centimes(paiement.getMontantCentimes()), paiement.getReference()))
                        .collect(Collectors.toList()));
    }

    static AppelDeCotisationRecord versLigne(AppelDeCotisation appel) {
        AppelDeCotisationRecord ligne = new AppelDeCotisationRecord();
        ligne.setId(appel.id().valeur());
        ligne.setContratId(appel.contratId().valeur());
        ligne.setNumeroQuittance(appel.numeroQuittance().valeur());
        ligne.setDebut(appel.periode().debut());
        ligne.setFin(appel.periode().fin());
        ligne.setEcheance(appel.echeance());
        ligne.setMontantAppeleCentimes(appel.montantAppele().centimes());
        ligne.setMontantPayeCentimes(appel.montantPaye().centimes());
        ligne.changed(true);
        return ligne;
    }

    static List<PaiementRecord> versLignesPaiements(AppelDeCotisation appel) {
        List<PaiementRecord> lignes = new ArrayList<>();
        for (Paiement paiement : appel.paiements()) {
            PaiementRecord ligne = new PaiementRecord();
            ligne.setAppelDeCotisationId(appel.id().valeur());
            ligne.setRang(lignes.size());
            ligne.setDatePaiement(paiement.date());
            ligne.setMontantCentimes(paiement.montant().centimes());
            ligne.setReference(paiement.reference());
            ligne.changed(true);
            lignes.add(ligne);
        }
        return lignes;
    }
}
