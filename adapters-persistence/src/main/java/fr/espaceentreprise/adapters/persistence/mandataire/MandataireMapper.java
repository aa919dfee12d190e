package fr.espaceentreprise.adapters.persistence.mandataire;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.MandataireRecord;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;

final class MandataireMapper {

    private MandataireMapper() {
    }

    static Mandataire versDomaine(MandataireRecord ligne) {
        return Mandataire.rehydrater(
                new MandataireId(ligne.getId()),
                new NumeroAdherent(ligne.getNumeroAdherent()),
                ligne.getRaisonSociale(),
                new Email(ligne.getEmail()),
                ligne.getTelephone() == null ? null : new Telephone(ligne.getTelephone()));
    }

    static MandataireRecord versLigne(Mandataire mandataire) {
        MandataireRecord ligne = new MandataireRecord();
        ligne.setId(mandataire.id().valeur());
        ligne.setNumeroAdherent(mandataire.numeroAdherent().valeur());
        ligne.setRaisonSociale(mandataire.raisonSociale());
        ligne.setEmail(mandataire.email().valeur());
        ligne.setTelephone(mandataire.telephone().map(Telephone::valeur).orElse(null));
        ligne.changed(true);
        return ligne;
    }
}
