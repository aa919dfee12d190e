package fr.espaceentreprise.adapters.persistence.entreprise;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.EntrepriseRecord;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;

final class EntrepriseMapper {

    private EntrepriseMapper() {
    }

    static Entreprise versDomaine(EntrepriseRecord ligne) {
        return Entreprise.rehydrater(
                new EntrepriseId(ligne.getId()),
                new NumeroAdherent(ligne.getNumeroAdherent()),
                ligne.getRaisonSociale(),
                new Siret(ligne.getSiret()),
                new Adresse(ligne.getAdresseLigne1(), ligne.getAdresseLigne2(), ligne.getCodePostal(), ligne.getVille(),
                        new CodePays(ligne.getPays())),
                new Email(ligne.getEmail()),
                ligne.getTelephone() == null ? null : new Telephone(ligne.getTelephone()),
                new ModalitesPaiement(
                        ModePaiement.valueOf(ligne.getModePaiement()),
                        ligne.getIban() == null ? null : new Iban(ligne.getIban()),
                        ligne.getBic() == null ? null : new Bic(ligne.getBic()),
                        Periodicite.valueOf(ligne.getPeriodicite())));
    }

    static EntrepriseRecord versLigne(Entreprise entreprise) {
        EntrepriseRecord ligne = new EntrepriseRecord();
        ligne.setId(entreprise.id().valeur());
        ligne.setNumeroAdherent(entreprise.numeroAdherent().valeur());
        ligne.setRaisonSociale(entreprise.raisonSociale());
        ligne.setSiret(entreprise.siret().valeur());
        Adresse adresse = entreprise.adresseCorrespondance();
        ligne.setAdresseLigne1(adresse.ligne1());
        ligne.setAdresseLigne2(adresse.ligne2());
        ligne.setCodePostal(adresse.codePostal());
        ligne.setVille(adresse.ville());
        ligne.setPays(adresse.pays().valeur());
        ligne.setEmail(entreprise.email().valeur());
        ligne.setTelephone(entreprise.telephone().map(Telephone::valeur).orElse(null));
        ModalitesPaiement modalites = entreprise.modalitesPaiement();
        ligne.setModePaiement(modalites.mode().name());
        ligne.setIban(modalites.iban() == null ? null : modalites.iban().valeur());
        ligne.setBic(modalites.bic() == null ? null : modalites.bic().valeur());
        ligne.setPeriodicite(modalites.periodicite().name());
        // Every column is written, nulls included, so that an update clears what the aggregate no longer has.
        ligne.changed(true);
        return ligne;
    }
}
