package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.DemandeInscriptionRecord;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.compte.DecisionInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutInscription;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;

final class DemandeInscriptionMapper {

    private DemandeInscriptionMapper() {
    }

    static DemandeInscription versDomaine(DemandeInscriptionRecord ligne) {
        DecisionInscription decision = ligne.getDecideePar() == null
                ? null
                : new DecisionInscription(new UtilisateurId(ligne.getDecideePar()), versInstant(ligne.getDecideeLe()),
                        Optional.ofNullable(ligne.getMotif()));
        return DemandeInscription.rehydrater(
                new DemandeInscriptionId(ligne.getId()),
                Profil.valueOf(ligne.getProfil()),
                ligne.getRaisonSociale(),
                ligne.getSiret() == null ? null : new Siret(ligne.getSiret()),
                new Email(ligne.getEmail()),
                new NumeroAdherent(ligne.getNumeroAdherent()),
                ligne.getNom(),
                ligne.getPrenom(),
                ligne.getDateNaissance(),
                Langue.valueOf(ligne.getLangue()),
                versInstant(ligne.getRecueLe()),
                StatutInscription.valueOf(ligne.getStatut()),
                decision);
    }

    static DemandeInscriptionRecord versLigne(DemandeInscription demande) {
        DemandeInscriptionRecord ligne = new DemandeInscriptionRecord();
        ligne.setId(demande.id().valeur());
        ligne.setProfil(demande.profil().name());
        ligne.setRaisonSociale(demande.raisonSociale().orElse(null));
        ligne.setSiret(demande.siret().map(Siret::valeur).orElse(null));
        ligne.setEmail(demande.email().valeur());
        ligne.setNumeroAdherent(demande.numeroAdherent().valeur());
        ligne.setNom(demande.nom());
        ligne.setPrenom(demande.prenom());
        ligne.setDateNaissance(demande.dateNaissance());
        ligne.setLangue(demande.langue().name());
        ligne.setRecueLe(versColonne(demande.recueLe()));
        ligne.setStatut(demande.statut().name());
        Optional<DecisionInscription> decision = demande.decision();
        ligne.setDecideePar(decision.map(d -> d.gestionnaire().valeur()).orElse(null));
        ligne.setDecideeLe(versColonne(decision.map(DecisionInscription::instant).orElse(null)));
        ligne.setMotif(decision.flatMap(DecisionInscription::motif).orElse(null));
        ligne.changed(true);
        return ligne;
    }
}
