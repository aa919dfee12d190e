package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;

/** Round trips through the rehydrate factories, as a database would give. */
final class Copies {

    private Copies() {
    }

    static Utilisateur de(Utilisateur u) {
        return Utilisateur.rehydrater(u.id(), u.numeroAdherent(), u.profil(), u.entrepriseId().orElse(null),
                u.mandataireId().orElse(null), u.nom(), u.prenom(), u.email(), u.langue(), u.statut());
    }

    static Identifiants de(Identifiants i) {
        return Identifiants.rehydrater(i.utilisateurId(), i.empreinteMotDePasse().orElse(null),
                i.motDePasseProvisoire().orElse(null), i.temporisation(), i.emailConfirme().orElse(null),
                i.codeEmail().orElse(null), i.derniereConnexion().orElse(null));
    }

    static DemandeInscription de(DemandeInscription d) {
        return DemandeInscription.rehydrater(d.id(), d.profil(), d.raisonSociale().orElse(null),
                d.siret().orElse(null), d.email(), d.numeroAdherent(), d.nom(), d.prenom(), d.dateNaissance(),
                d.langue(), d.recueLe(), d.statut(), d.decision().orElse(null));
    }

    static SessionUtilisateur de(SessionUtilisateur s) {
        return SessionUtilisateur.rehydrater(s.id(), s.utilisateurId(), s.ouverteLe(), s.derniereActivite(),
                s.revoqueeLe().orElse(null), s.etapesEnAttente(), s.ip(), s.navigateur(),
                s.secondFacteurLe().orElse(null));
    }
}
