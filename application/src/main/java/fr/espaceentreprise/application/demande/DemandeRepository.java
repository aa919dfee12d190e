package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.util.Optional;

/** Storage of the {@link Demande} aggregate, with its typed contenu and its history. */
public interface DemandeRepository {

    Optional<Demande> trouver(DemandeId id);

    /** Inserts or updates the demande and its history. Instants are kept to the microsecond. */
    void enregistrer(Demande demande);
}
