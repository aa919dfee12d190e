package fr.espaceentreprise.adapters.persistence.compte;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.UtilisateurRecord;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.MandataireId;

final class UtilisateurMapper {

    private UtilisateurMapper() {
    }

    static Utilisateur versDomaine(UtilisateurRecord ligne) {
        return Utilisateur.rehydrater(
                new UtilisateurId(ligne.getId()),
                new NumeroAdherent(ligne.getNumeroAdherent()),
                Profil.valueOf(ligne.getProfil()),
                ligne.getEntrepriseId() == null ? null : new EntrepriseId(ligne.getEntrepriseId()),
                ligne.getMandataireId() == null ? null : new MandataireId(ligne.getMandataireId()),
                ligne.getNom(),
                ligne.getPrenom(),
                new Email(ligne.getEmail()),
                Langue.valueOf(ligne.getLangue()),
                StatutCompte.valueOf(ligne.getStatut()));
    }

    static UtilisateurRecord versLigne(Utilisateur utilisateur) {
        UtilisateurRecord ligne = new UtilisateurRecord();
        ligne.setId(utilisateur.id().valeur());
        ligne.setNumeroAdherent(utilisateur.numeroAdherent().valeur());
        ligne.setProfil(utilisateur.profil().name());
        ligne.setEntrepriseId(utilisateur.entrepriseId().map(EntrepriseId::valeur).orElse(null));
        ligne.setMandataireId(utilisateur.mandataireId().map(MandataireId::valeur).orElse(null));
        ligne.setNom(utilisateur.nom());
        ligne.setPrenom(utilisateur.prenom());
        ligne.setEmail(utilisateur.email().valeur());
        ligne.setLangue(utilisateur.langue().name());
        ligne.setStatut(utilisateur.statut().name());
        ligne.changed(true);
        return ligne;
    }
}
