package fr.espaceentreprise.adapters.web.consultation;

import fr.espaceentreprise.application.commun.Curseur;
import java.util.Map;
import java.util.Optional;

/** The links of a keyset-paged list: to the next page, and back to the first when the page shown is not it. */
public final class Pagination {

    private Pagination() {
    }

    /**
     * Puts "suivant" and "debut" (null when there is none) among a page's parameters.
     *
     * @param premierePage the list with its filters and without a cursor
     */
    public static void liens(Map<String, Object> parametres, Optional<? extends Curseur> suivant,
            boolean pageSuivante, Lien premierePage) {
        String premiere = premierePage.toString();
        parametres.put("debut", pageSuivante ? premiere : null);
        parametres.put("suivant", suivant
                .map(curseur -> premierePage.avec(Parametres.CURSEUR, curseur.encoder()).toString())
                .orElse(null));
    }
}
