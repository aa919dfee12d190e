package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.Instant;

/**
 * A demande the back office sent back for more information, as the home page lists it.
 *
 * @param depuis when the back office asked (the last event of the demande)
 */
public record DemandeEnAttente(DemandeId id, TypeDemande type, EntrepriseId entrepriseId, String raisonSociale,
                               Instant soumiseLe, Instant depuis) {
}
