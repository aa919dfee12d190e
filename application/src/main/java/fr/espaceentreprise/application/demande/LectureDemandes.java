package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read side of demandes: keyset lists, never an OFFSET nor a count. */
public interface LectureDemandes {

    /** The demandes of those entreprises in statut EN_ATTENTE_DE_RETOUR, oldest request first, at most limite. */
    List<DemandeEnAttente> enAttenteDeRetour(Collection<EntrepriseId> entreprises, int limite);

    /**
     * The front office's list: the demandes of those entreprises (never empty: the caller answers an empty list
     * itself) that the filter keeps, newest first — ordered by (soumiseLe, id) descending — strictly after
     * {@code apres} in that order when given, at most {@code nombre}. The filter's entreprise, when given, is one
     * of {@code entreprises}.
     */
    List<DemandeResume> lister(Collection<EntrepriseId> entreprises, FiltreDemandes filtre,
                               Optional<CurseurChronologique> apres, int nombre);

    /**
     * The back office's queue: every demande the filter keeps, oldest first — ordered by (soumiseLe, id)
     * ascending — strictly after {@code apres} in that order when given, at most {@code nombre}.
     */
    List<DemandeResume> file(FiltreDemandes filtre, Optional<CurseurChronologique> apres, int nombre);
}
