package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** What the three back-office acts on an account check first: a gestionnaire, another account, one that exists. */
final class GererCompte {

    static final String SOI_MEME = "compte.soi_meme";

    private GererCompte() {
    }

    static Utilisateur cible(Acteur acteur, UtilisateurId compte, UtilisateurRepository utilisateurs) {
        if (!acteur.estGestionnaire()) {
            throw Introuvable.exception();
        }
        Utilisateur utilisateur = utilisateurs.trouver(compte).orElseThrow(Introuvable::exception);
        if (utilisateur.id().equals(acteur.utilisateurId())) {
            throw new RegleMetierException(SOI_MEME);
        }
        return utilisateur;
    }
}
