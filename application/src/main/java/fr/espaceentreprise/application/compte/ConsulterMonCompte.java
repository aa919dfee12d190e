package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.UtilisateurId;

/** What the logged-in user's account holds about them: identity, login and contact details. */
public interface ConsulterMonCompte {

    MonCompte consulter(SessionAuthentifiee session);

    record MonCompte(UtilisateurId id, NumeroAdherent numeroAdherent, Profil profil, String nom, String prenom,
            Email email, Langue langue) {
    }
}
