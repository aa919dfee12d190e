package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.Aide;

import java.util.List;

/** The help texts, one per rubrique. */
public interface AideRepository {

    /** In the order of {@link fr.espaceentreprise.domain.contenu.RubriqueAide}. */
    List<Aide> lister();
}
