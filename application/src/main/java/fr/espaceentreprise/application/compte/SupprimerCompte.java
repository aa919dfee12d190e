package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * The back office deletes an account, with a motif: the user gets a last e-mail, then his personal data is erased
 * (see {@link EffacementDonnees}) and the numéro d'adhérent opens nothing any more. Same refusals as
 * {@link SuspendreCompte}; deleting a deleted account → "utilisateur.supprime".
 */
public interface SupprimerCompte {

    void supprimer(Commande commande);

    /** @param precision the gestionnaire's own words, optional */
    record Commande(Acteur acteur, UtilisateurId compte, MotifCompte motif, String precision, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(compte, "compte");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
