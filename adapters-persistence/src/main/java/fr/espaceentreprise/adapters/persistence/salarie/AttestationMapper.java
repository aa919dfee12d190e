package fr.espaceentreprise.adapters.persistence.salarie;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.AttestationLigneRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.AttestationRecord;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import fr.espaceentreprise.domain.salarie.LigneAttestation;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

final class AttestationMapper {

    private AttestationMapper() {
    }

    /** {@code lignes} in rang order. */
    static Attestation versDomaine(AttestationRecord ligne, List<AttestationLigneRecord> lignes) {
        return new Attestation(
                new CodeVerification(ligne.getCode()),
                new SalarieId(ligne.getSalarieId()),
                new NumeroAdherent(ligne.getNumeroAdherentEntreprise()),
                ligne.getRaisonSociale(),
                ligne.getNom(),
                ligne.getPrenom(),
                ligne.getDateNaissance(),
                ligne.getDateEmission(),
                ligne.getEmiseLe().toInstant(),
                lignes.stream()
                        .map(affiliation -> new LigneAttestation(
                                new AffiliationId(affiliation.getAffiliationId()),
                                new NumeroContrat(affiliation.getNumeroContrat()),
                                Organisme.valueOf(affiliation.getOrganisme()),
                                Garantie.valueOf(affiliation.getGarantie()),
                                affiliation.getDateEffet()))
                        .toList());
    }

    static AttestationRecord versLigne(Attestation attestation) {
        AttestationRecord ligne = new AttestationRecord();
        ligne.setCode(attestation.code().valeur());
        ligne.setSalarieId(attestation.salarieId().valeur());
        ligne.setEmiseLe(attestation.emiseLe().atOffset(ZoneOffset.UTC));
        ligne.setDateEmission(attestation.dateEmission());
        ligne.setNumeroAdherentEntreprise(attestation.numeroAdherentEntreprise().valeur());
        ligne.setRaisonSociale(attestation.raisonSociale());
        ligne.setNom(attestation.nom());
        ligne.setPrenom(attestation.prenom());
        ligne.setDateNaissance(attestation.dateNaissance());
        ligne.changed(true);
        return ligne;
    }

    static List<AttestationLigneRecord> versLignes(Attestation attestation) {
        List<AttestationLigneRecord> lignes = new ArrayList<>();
        for (LigneAttestation affiliation : attestation.lignes()) {
            AttestationLigneRecord ligne = new AttestationLigneRecord();
            ligne.setAttestationCode(attestation.code().valeur());
            ligne.setRang(lignes.size());
            ligne.setAffiliationId(affiliation.affiliationId().valeur());
            ligne.setNumeroContrat(affiliation.numeroContrat().valeur());
            ligne.setOrganisme(affiliation.organisme().name());
            ligne.setGarantie(affiliation.garantie().name());
            ligne.setDateEffet(affiliation.dateEffet());
            ligne.changed(true);
            lignes.add(ligne);
        }
        return lignes;
    }
}
