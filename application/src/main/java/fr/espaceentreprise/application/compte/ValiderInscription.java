package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * A gestionnaire validates a pending sign-up request: the checks are made again against the reference data as
 * they stand now (RegleMetierException "inscription.controles_non_satisfaits" {echecs} when one fails), the
 * account is created, and two separate mails are queued: a temporary password, and a reminder of the numéro
 * d'adhérent. Not a gestionnaire, or an unknown request → IntrouvableException; a request already
 * decided → RegleMetierException "inscription.deja_traitee" {statut}.
 */
public interface ValiderInscription {

    /** @return the account created */
    UtilisateurId valider(Commande commande);

    record Commande(Acteur acteur, DemandeInscriptionId demandeInscriptionId, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(demandeInscriptionId, "demandeInscriptionId");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
