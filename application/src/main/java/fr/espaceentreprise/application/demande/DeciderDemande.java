package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.Objects;

/**
 * A gestionnaire decides on a demande in progress:
 * <ul>
 *   <li>VALIDEE: the change is applied to the entreprise, contrat or salarié in the same transaction (see
 *       {@link MiseEnOeuvre}); the message is optional. A change the data no longer allows (contract ended,
 *       employee already radié…) → the aggregate's RegleMetierException, and nothing is written.</li>
 *   <li>REJETEE: the message is the motif, required ("demande.motif.obligatoire" on "motif").</li>
 *   <li>EN_ATTENTE_DE_RETOUR: the message says what is missing, required ("champ.obligatoire" on "message").</li>
 * </ul>
 * EN_COURS is no decision ("demande.decision.invalide" on "statut"). A move the state machine forbids →
 * RegleMetierException "demande.transition.interdite" {de, vers}. Anyone but a gestionnaire →
 * IntrouvableException "ressource.introuvable"; an unknown demande → "demande.introuvable". The author gets a
 * DEMANDE_STATUT_CHANGE e-mail in his language; the audit trail a DEMANDE_VALIDEE / _REJETEE /
 * _COMPLEMENT_DEMANDE line.
 */
public interface DeciderDemande {

    void decider(Commande commande);

    record Commande(Acteur acteur, DemandeId demandeId, StatutDemande statut, String message, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(demandeId, "demandeId");
            Objects.requireNonNull(statut, "statut");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
