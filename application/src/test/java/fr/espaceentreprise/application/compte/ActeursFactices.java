package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whoever may log in is an actor with an empty périmètre (a gestionnaire sees everything), except the accounts
 * whose access the test closed (the 2-year rule, in real life). A test that needs real périmètres hands the
 * identification over to another {@link IdentifierActeur} ({@link #deleguerA}).
 */
public final class ActeursFactices implements IdentifierActeur {

    private final UtilisateurRepository utilisateurs;
    private final Set<UtilisateurId> accesClos = new HashSet<>();
    private IdentifierActeur delegue;

    public ActeursFactices(UtilisateurRepository utilisateurs) {
        this.utilisateurs = utilisateurs;
    }

    public void fermerAcces(UtilisateurId utilisateurId) {
        accesClos.add(utilisateurId);
    }

    /** From now on, the accounts whose access is not closed are identified by {@code identifierActeur}. */
    public void deleguerA(IdentifierActeur identifierActeur) {
        this.delegue = identifierActeur;
    }

    @Override
    public Optional<Acteur> identifier(UtilisateurId utilisateurId) {
        if (accesClos.contains(utilisateurId)) {
            return Optional.empty();
        }
        if (delegue != null) {
            return delegue.identifier(utilisateurId);
        }
        return utilisateurs.trouver(utilisateurId)
                .filter(Utilisateur::peutSeConnecter)
                .map(ActeursFactices::acteur);
    }

    public static Acteur acteur(Utilisateur utilisateur) {
        Perimetre perimetre = utilisateur.profil() == Profil.GESTIONNAIRE ? Perimetre.complet() : Perimetre.vide();
        return new Acteur(utilisateur.id(), utilisateur.profil(), perimetre, utilisateur.langue());
    }
}
