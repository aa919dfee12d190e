package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;

/**
 * The entreprises an actor may see: the rubrique Interlocuteur ({@link #lister}, {@link #consulter}), and the
 * portfolio every rubrique chooses an entreprise from ({@link #portefeuille}), which stays open when only the
 * rubrique Interlocuteur is closed. A gestionnaire has no portfolio (he reads an entreprise by its id).
 */
public interface ConsulterEntreprises {

    /** Ordered by raison sociale. */
    List<EntrepriseResume> lister(Acteur acteur);

    /** The same list, for choosing an entreprise in any rubrique. */
    List<EntrepriseResume> portefeuille(Acteur acteur);

    /** Outside the périmètre or unknown → IntrouvableException "entreprise.introuvable". */
    FicheEntreprise consulter(Acteur acteur, EntrepriseId entrepriseId);
}
