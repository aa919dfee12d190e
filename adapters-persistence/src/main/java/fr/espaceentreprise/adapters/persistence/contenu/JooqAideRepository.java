package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.AIDE_RUBRIQUE;

import fr.espaceentreprise.application.contenu.AideRepository;
import fr.espaceentreprise.domain.contenu.Aide;
import fr.espaceentreprise.domain.contenu.RubriqueAide;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;

/** {@link AideRepository} over {@code aide_rubrique}, written by the migrations. */
public final class JooqAideRepository implements AideRepository {

    private final DSLContext dsl;

    public JooqAideRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Aide> lister() {
        return dsl.selectFrom(AIDE_RUBRIQUE)
                .fetch(ligne -> new Aide(RubriqueAide.valueOf(ligne.getRubrique()),
                        new TexteBilingue(ligne.getTexteFr(), ligne.getTexteEn())))
                .stream().sorted(Comparator.comparing(Aide::rubrique)).toList();
    }
}
