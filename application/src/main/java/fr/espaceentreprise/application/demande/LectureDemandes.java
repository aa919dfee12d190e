package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Collection;
import java.util.List;

/** Read side of demandes. */
public interface LectureDemandes {

    /** The demandes of those entreprises in statut EN_ATTENTE_DE_RETOUR, oldest request first, at most limite. */
    List<DemandeEnAttente> enAttenteDeRetour(Collection<EntrepriseId> entreprises, int limite);
}
