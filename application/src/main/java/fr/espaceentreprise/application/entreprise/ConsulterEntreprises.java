package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;

/**
 * The entreprises an actor may see: an entreprise user's own, a mandataire's portfolio. A gestionnaire reads
 * any one by id but gets no list here (the back office has its own search).
 */
public interface ConsulterEntreprises {

    /** Ordered by raison sociale. */
    List<EntrepriseResume> lister(Acteur acteur);

    /** Outside the périmètre or unknown → IntrouvableException "entreprise.introuvable". */
    FicheEntreprise consulter(Acteur acteur, EntrepriseId entrepriseId);
}
