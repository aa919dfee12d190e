package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.CurseurSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * For a demande about one salarié opened without naming him: the entreprise's salariés whose nom starts with what
 * the user searched, each a link to the form about him. Usually the form is opened from the salarié's own page.
 */
final class ChoixSalarie {

    static final String RECHERCHE = FiltreSalaries.CHAMP_RECHERCHE;
    private static final int TAILLE = 50;

    private final ConsulterSalaries consulterSalaries;
    private final Pages pages;

    ChoixSalarie(ConsulterSalaries consulterSalaries, Pages pages) {
        this.consulterSalaries = consulterSalaries;
        this.pages = pages;
    }

    void afficher(Context ctx, Acteur acteur, TypeDemande type, FicheEntreprise entreprise,
            Portefeuille.Choix choix) {
        String recherche = Parametres.texte(ctx, RECHERCHE);
        Saisie saisie = new Saisie();
        FiltreSalaries filtre = Optional.ofNullable(saisie.lire(() -> FiltreSalaries.de(recherche, "", "")))
                .orElse(FiltreSalaries.AUCUN);
        Page<SalarieResume, CurseurSalaries> salaries = consulterSalaries.lister(new ConsulterSalaries.Requete(
                acteur, entreprise.id(), filtre, Optional.empty(), TAILLE));
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("type", type);
        parametres.put("entreprise", entreprise);
        parametres.put("choix", choix);
        parametres.put("recherche", recherche);
        parametres.put("salaries", salaries.elements());
        parametres.put("davantage", salaries.suivant().isPresent());
        pages.afficher(ctx, "demande/choixSalarie.jte", parametres);
    }
}
