package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;

/** The users' choices about commercial prospecting; a user who never chose has none (refused by default). */
public interface ConsentementsRepository {

    Optional<ConsentementProspection> trouverParUtilisateur(UtilisateurId utilisateurId);

    void enregistrer(ConsentementProspection consentement);
}
