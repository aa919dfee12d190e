package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** A demande as an actor may reach it: through its entreprise, in his périmètre; else "demande.introuvable". */
final class DemandesVisibles {

    private final DemandeRepository demandes;

    DemandesVisibles(DemandeRepository demandes) {
        this.demandes = demandes;
    }

    Demande lire(Acteur acteur, DemandeId demandeId) {
        return demandes.trouver(demandeId)
                .filter(demande -> acteur.perimetre().voitEntreprise(demande.entrepriseId()))
                .orElseThrow(Introuvables::demande);
    }
}
