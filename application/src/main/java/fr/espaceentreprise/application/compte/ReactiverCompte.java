package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * The back office reopens a suspended account; the user is told by e-mail. An account that is not suspended →
 * RegleMetierException "compte.non_suspendu", a deleted one "utilisateur.supprime" (deletion is for good).
 */
public interface ReactiverCompte {

    void reactiver(Commande commande);

    record Commande(Acteur acteur, UtilisateurId compte, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(compte, "compte");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
