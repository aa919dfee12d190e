package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Objects;

/**
 * A user of the demande's side (any front-office user who sees its entreprise) answers a demande de complément
 * with a message and up to five files; the demande goes back to EN_COURS. Outside the périmètre, or a
 * gestionnaire → IntrouvableException "demande.introuvable"; a demande not awaiting a reply → RegleMetierException
 * "demande.transition.interdite"; no message → "champ.obligatoire" on "message". The author gets a
 * DEMANDE_STATUT_CHANGE e-mail; the audit trail a DEMANDE_REPONDUE line.
 */
public interface RepondreDemande {

    void repondre(Commande commande);

    record Commande(Acteur acteur, DemandeId demandeId, String message, List<PieceJointe> piecesJointes,
                    AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(demandeId, "demandeId");
            piecesJointes = List.copyOf(piecesJointes);
            Objects.requireNonNull(ip, "ip");
        }
    }
}
