package fr.espaceentreprise.adapters.persistence.salarie;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.AffiliationRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.SalarieRecord;
import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

final class SalarieMapper {

    private SalarieMapper() {
    }

    /** {@code affiliations} in rang order. */
    static Salarie versDomaine(SalarieRecord ligne, List<AffiliationRecord> affiliations) {
        return Salarie.rehydrater(
                new SalarieId(ligne.getId()),
                new EntrepriseId(ligne.getEntrepriseId()),
                ligne.getNom(),
                ligne.getPrenom(),
                ligne.getDateNaissance(),
                ligne.getEmail() == null ? null : new Email(ligne.getEmail()),
                new CodePays(ligne.getPaysExpatriation()),
                Montant.centimes(ligne.getSalaireReferenceCentimes()),
                affiliations.stream()
                        .map(affiliation -> Affiliation.rehydrater(
                                new AffiliationId(affiliation.getId()),
                                new ContratId(affiliation.getContratId()),
                                new Periode(affiliation.getDebut(), affiliation.getFin())))
                        .collect(Collectors.toList()));
    }

    static SalarieRecord versLigne(Salarie salarie) {
        SalarieRecord ligne = new SalarieRecord();
        ligne.setId(salarie.id().valeur());
        ligne.setEntrepriseId(salarie.entrepriseId().valeur());
        ligne.setNom(salarie.nom());
        ligne.setPrenom(salarie.prenom());
        ligne.setNomTri(CleDeTri.de(salarie.nom()));
        ligne.setPrenomTri(CleDeTri.de(salarie.prenom()));
        ligne.setDateNaissance(salarie.dateNaissance());
        ligne.setEmail(salarie.email().map(Email::valeur).orElse(null));
        ligne.setPaysExpatriation(salarie.paysExpatriation().valeur());
        ligne.setSalaireReferenceCentimes(salarie.salaireReference().centimes());
        ligne.changed(true);
        return ligne;
    }

    /** With the salarié's sort keys and country, which affiliation copies (see migration V5). */
    static List<AffiliationRecord> versLignesAffiliations(Salarie salarie) {
        List<AffiliationRecord> lignes = new ArrayList<>();
        for (Affiliation affiliation : salarie.affiliations()) {
            AffiliationRecord ligne = new AffiliationRecord();
            ligne.setId(affiliation.id().valeur());
            ligne.setSalarieId(salarie.id().valeur());
            ligne.setContratId(affiliation.contratId().valeur());
            ligne.setRang(lignes.size());
            ligne.setDebut(affiliation.periode().debut());
            ligne.setFin(affiliation.periode().fin());
            ligne.setNomTri(CleDeTri.de(salarie.nom()));
            ligne.setPrenomTri(CleDeTri.de(salarie.prenom()));
            ligne.setPaysExpatriation(salarie.paysExpatriation().valeur());
            ligne.changed(true);
            lignes.add(ligne);
        }
        return lignes;
    }
}
