package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * A gestionnaire rejects a pending sign-up request with a motif (kept for the back office); the requester gets
 * one mail saying so and how to reach the Centre relations clients. Not a gestionnaire, or an unknown request →
 * IntrouvableException; no motif → ValeurInvalideException "inscription.motif.obligatoire" on "motif";
 * a request already decided → RegleMetierException "inscription.deja_traitee" {statut}.
 */
public interface RejeterInscription {

    void rejeter(Commande commande);

    record Commande(Acteur acteur, DemandeInscriptionId demandeInscriptionId, String motif, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(demandeInscriptionId, "demandeInscriptionId");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
