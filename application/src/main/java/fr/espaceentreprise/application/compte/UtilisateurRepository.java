package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Optional;

/** Storage of the {@link Utilisateur} aggregate. */
public interface UtilisateurRepository {

    /** The account, whatever its statut (SUPPRIME included). */
    Optional<Utilisateur> trouver(UtilisateurId id);

    /** The live account (statut other than SUPPRIME) holding this numéro d'adhérent. */
    Optional<Utilisateur> trouverParNumeroAdherent(NumeroAdherent numeroAdherent);

    /**
     * The live accounts (statut other than SUPPRIME) whose e-mail is {@code email}, ignoring case (mail providers
     * do), for "identifiant oublié". Each reminder goes to the address on file, never to the one typed.
     */
    List<Utilisateur> trouverParEmail(Email email);

    /**
     * Inserts or updates the account. A numéro d'adhérent already held by another live account →
     * RegleMetierException "numeroAdherent.deja_utilise".
     */
    void enregistrer(Utilisateur utilisateur);
}
