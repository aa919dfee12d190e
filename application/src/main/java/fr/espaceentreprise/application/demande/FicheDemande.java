package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A demande's page: what was asked, where it stands, and its whole history with the files of each message.
 *
 * @param numeroContrat the numéro of the contrat the content names, to show instead of its id; empty when it
 *                      names none or the contrat no longer exists
 * @param nomSalarie    "prénom nom" of the salarié the content names, likewise
 * @param historique    oldest first, starting with the submission
 */
public record FicheDemande(DemandeId id, TypeDemande type, StatutDemande statut, EntrepriseId entrepriseId,
                           String raisonSociale, ContenuDemande contenu, Optional<NumeroContrat> numeroContrat,
                           Optional<String> nomSalarie, Instant soumiseLe, List<Evenement> historique) {

    public FicheDemande {
        historique = List.copyOf(historique);
    }

    /**
     * One line of the history.
     *
     * @param auteur          who acted
     * @param nomAuteur       "prénom nom" of a front-office author; empty for the back office (shown as the
     *                        service de gestion) or an account that no longer exists
     * @param serviceGestion  true when a gestionnaire acted
     * @param message         the message exchanged, if any
     * @param piecesJointes   the files sent with this message
     */
    public record Evenement(Instant instant, TypeEvenement type, StatutDemande statut, UtilisateurId auteur,
                            Optional<String> nomAuteur, boolean serviceGestion, Optional<String> message,
                            List<PieceJointeResume> piecesJointes) {

        public Evenement {
            piecesJointes = List.copyOf(piecesJointes);
        }
    }
}
