package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import java.util.Optional;

/** Storage of the {@link AppelDeCotisation} aggregate, with its paiements. */
public interface AppelDeCotisationRepository {

    Optional<AppelDeCotisation> trouver(AppelDeCotisationId id);

    Optional<AppelDeCotisation> trouverParNumeroQuittance(NumeroQuittance numeroQuittance);

    /**
     * Inserts or updates the appel and its paiements. A numéro de quittance already held by another appel →
     * RegleMetierException "numeroQuittance.deja_utilise".
     */
    void enregistrer(AppelDeCotisation appel);
}
