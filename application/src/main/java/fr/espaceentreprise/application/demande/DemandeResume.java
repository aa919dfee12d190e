package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a list of demandes.
 *
 * @param misAJourLe the instant of the last event of its history
 * @param objet      the objet typed for an AUTRE demande; empty for the typed ones, whose type says it all
 */
public record DemandeResume(DemandeId id, TypeDemande type, StatutDemande statut, EntrepriseId entrepriseId,
                            String raisonSociale, Instant soumiseLe, Instant misAJourLe, Optional<String> objet) {

    public DemandeResume {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(objet, "objet");
    }

    /** Both lists are keyed on (soumiseLe, id). */
    public CurseurChronologique curseur() {
        return new CurseurChronologique(soumiseLe, id.valeur());
    }
}
