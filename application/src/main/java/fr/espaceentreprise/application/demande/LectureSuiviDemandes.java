package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read side of the lists of demandes (the front office's "Suivi des demandes" and the back office's queue):
 * keyset pages, never an OFFSET nor a count. Both orders are on (soumiseLe, id); an index on
 * (entreprise_id, soumise_le, id) serves the first, one on (soumise_le, id) — or (statut, soumise_le, id) as
 * the queue is mostly read for EN_COURS — the second. {@link DemandeResume#misAJourLe()} is the instant of the
 * last event of the history, {@link DemandeResume#objet()} the objet of an AUTRE demande.
 */
public interface LectureSuiviDemandes {

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
