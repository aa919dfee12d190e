package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;

/**
 * Storage of the {@link Identifiants} aggregate, one per account. Holds hashes only (PHC strings), never a
 * password, temporary password or code in clear.
 */
public interface IdentifiantsRepository {

    /**
     * The account's credentials, locked until the end of the transaction ({@code SELECT … FOR UPDATE}), so that
     * concurrent login attempts on one account are counted one after the other and none slips past the
     * throttling. Empty for an account that never had any (then use {@link Identifiants#nouveaux}).
     */
    Optional<Identifiants> trouverParUtilisateur(UtilisateurId utilisateurId);

    /** Inserts or updates every field of the credentials, the throttling state's failure instants included. */
    void enregistrer(Identifiants identifiants);
}
