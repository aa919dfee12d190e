package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * The back office's decisions on an account, each with a motif from the closed list and the gestionnaire's own
 * words, kept, audited and mailed to the user in his language:
 * <ul>
 *   <li>{@link #suspendre}: the user can no longer log in, his open sessions end, he is told to contact the Centre
 *       relations clients;</li>
 *   <li>{@link #reactiver}: a suspended account opens again;</li>
 *   <li>{@link #supprimer}: the user gets a last e-mail, then his personal data is erased (see
 *       {@link EffacementDonnees}) and the numéro d'adhérent opens nothing any more;</li>
 *   <li>{@link #reinitialiserSecondFacteur}: the user lost his phone and his recovery codes; his factor is
 *       forgotten and his sessions end; he enrols a new one at his next login (mailed, audited).</li>
 * </ul>
 * Gestionnaires only (anyone else, or an unknown account: IntrouvableException). RegleMetierException
 * "compte.soi_meme" on one's own account, "utilisateur.supprime" on a deleted one, "compte.deja_suspendu" when
 * suspending a suspended one, "compte.non_suspendu" when reactivating one that is not.
 */
public interface DeciderCompte {

    void suspendre(Fermeture fermeture);

    void reactiver(Reactivation reactivation);

    void supprimer(Fermeture fermeture);

    void reinitialiserSecondFacteur(Reactivation reinitialisation);

    /** @param precision the gestionnaire's own words, optional */
    record Fermeture(Acteur acteur, UtilisateurId compte, MotifCompte motif, String precision, AdresseIp ip) {

        public Fermeture {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(compte, "compte");
            Objects.requireNonNull(ip, "ip");
        }
    }

    record Reactivation(Acteur acteur, UtilisateurId compte, AdresseIp ip) {

        public Reactivation {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(compte, "compte");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
