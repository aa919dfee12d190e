package fr.espaceentreprise.domain.perimetre;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.UtilisateurId;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls a use case: the account, its profil, the périmètre of entreprises and contrats it may see, its
 * language, and the first-login steps it must still complete (the use cases refuse anything else until they are
 * done). Only a gestionnaire may hold a perimetre that sees everything: a front-office actor built with one would
 * be a leak, so it cannot be built.
 */
public record Acteur(UtilisateurId utilisateurId, Profil profil, Perimetre perimetre, Langue langue,
        Set<EtapeObligatoire> etapesEnAttente) {

    public Acteur {
        Objects.requireNonNull(utilisateurId, "utilisateurId");
        Objects.requireNonNull(profil, "profil");
        Objects.requireNonNull(perimetre, "perimetre");
        Objects.requireNonNull(langue, "langue");
        etapesEnAttente = etapesEnAttente.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(etapesEnAttente));
        if (perimetre.toutVoir() && profil != Profil.GESTIONNAIRE) {
            throw new IllegalArgumentException("Seul un gestionnaire voit tout, pas le profil " + profil);
        }
    }

    /** An actor with nothing left to do before using the portal. */
    public Acteur(UtilisateurId utilisateurId, Profil profil, Perimetre perimetre, Langue langue) {
        this(utilisateurId, profil, perimetre, langue, Set.of());
    }

    public boolean estGestionnaire() {
        return profil == Profil.GESTIONNAIRE;
    }

    /** The step to complete first, in the order the screens ask for them. */
    public Optional<EtapeObligatoire> premiereEtapeEnAttente() {
        return etapesEnAttente.stream().findFirst();
    }

    public Acteur avecEtapes(Set<EtapeObligatoire> etapes) {
        return new Acteur(utilisateurId, profil, perimetre, langue, etapes);
    }

    /** The same actor reading in another language (the one a page was switched to). */
    public Acteur enLangue(Langue autre) {
        return new Acteur(utilisateurId, profil, perimetre, autre, etapesEnAttente);
    }
}
