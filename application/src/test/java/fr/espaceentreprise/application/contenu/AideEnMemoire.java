package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.Aide;
import fr.espaceentreprise.domain.contenu.RubriqueAide;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import java.util.Arrays;
import java.util.List;

/** The help of every rubrique: "Aide de la rubrique {ancre}" / "Help of the section {ancre}". */
public final class AideEnMemoire implements AideRepository {

    private final List<Aide> aides = Arrays.stream(RubriqueAide.values())
            .map(rubrique -> new Aide(rubrique, new TexteBilingue("Aide de la rubrique " + rubrique.ancre(),
                    "Help of the section " + rubrique.ancre())))
            .toList();

    @Override
    public List<Aide> lister() {
        return aides;
    }
}
