package fr.espaceentreprise.domain.perimetre;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.UtilisateurId;

import java.util.Objects;

/**
 * Who calls a use case. Only a gestionnaire may hold a perimetre that sees everything: a front-office actor
 * built with one would be a leak, so it cannot be built.
 */
public record Acteur(UtilisateurId utilisateurId, Profil profil, Perimetre perimetre, Langue langue) {

    public Acteur {
        Objects.requireNonNull(utilisateurId, "utilisateurId");
        Objects.requireNonNull(profil, "profil");
        Objects.requireNonNull(perimetre, "perimetre");
        Objects.requireNonNull(langue, "langue");
        if (perimetre.toutVoir() && profil != Profil.GESTIONNAIRE) {
            throw new IllegalArgumentException("Seul un gestionnaire voit tout, pas le profil " + profil);
        }
    }

    public boolean estGestionnaire() {
        return profil == Profil.GESTIONNAIRE;
    }
}
