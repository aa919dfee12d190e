package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * The back office suspends an account, with a motif from the closed list and its own words: the user can no
 * longer log in, his open sessions end, he is told by e-mail to contact the Centre relations clients. Gestionnaires
 * only (anyone else, or an unknown account: IntrouvableException). Suspending an account already suspended →
 * RegleMetierException "compte.deja_suspendu", a deleted one "utilisateur.supprime", one's own "compte.soi_meme".
 */
public interface SuspendreCompte {

    void suspendre(Commande commande);

    /** @param precision the gestionnaire's own words, optional */
    record Commande(Acteur acteur, UtilisateurId compte, MotifCompte motif, String precision, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(compte, "compte");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
