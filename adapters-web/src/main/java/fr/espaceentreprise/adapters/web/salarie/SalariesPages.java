package fr.espaceentreprise.adapters.web.salarie;

import static fr.espaceentreprise.adapters.web.salarie.RechercheSalaries.CONTRAT;
import static fr.espaceentreprise.adapters.web.salarie.RechercheSalaries.PAYS;
import static fr.espaceentreprise.adapters.web.salarie.RechercheSalaries.RECHERCHE;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Lien;
import fr.espaceentreprise.adapters.web.consultation.OptionsDeContrats;
import fr.espaceentreprise.adapters.web.consultation.Pagination;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.i18n.NomsDePays;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.CurseurSalaries;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.SalarieId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rubrique Gestion des salariés: the list with its search, filters and keyset pages, and the link to its
 * export; one salarié's fiche.
 */
public final class SalariesPages {

    public static final String LISTE = "/salaries";
    static final String FICHE = "/salaries/{id}";

    private static final List<String> FILTRES = List.of(RECHERCHE, CONTRAT, PAYS);
    private static final String INTROUVABLE = "salarie.introuvable";

    private final ConsulterSalaries consulterSalaries;
    private final ConsulterContrats consulterContrats;
    private final Portefeuille portefeuille;
    private final Acces acces;
    private final Pages pages;

    public SalariesPages(ConsulterSalaries consulterSalaries, ConsulterContrats consulterContrats,
            Portefeuille portefeuille, Acces acces, Pages pages) {
        this.consulterSalaries = consulterSalaries;
        this.consulterContrats = consulterContrats;
        this.portefeuille = portefeuille;
        this.acces = acces;
        this.pages = pages;
    }

    /** After the exports: "export.csv" would otherwise be read as a salarié's id. */
    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(FICHE, this::fiche);
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, Rubrique.SALARIES, false);
        Page page = pages.page(ctx);
        Formulaire formulaire = Parametres.formulaire(ctx, FILTRES);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("salaries", List.of());
        parametres.put("contrats", List.of());
        parametres.put("pays", NomsDePays.parNom(page.langue()).stream()
                .map(pays -> new Option(pays.valeur(), page.pays(pays))).toList());
        if (choix.entrepriseId().isPresent()) {
            EntrepriseId entrepriseId = choix.entrepriseId().get();
            parametres.put("contrats", OptionsDeContrats.de(consulterContrats.aChoisir(acteur, entrepriseId), page));
            try {
                RechercheSalaries recherche = RechercheSalaries.lire(ctx);
                fr.espaceentreprise.application.commun.Page<SalarieResume, CurseurSalaries> resultat =
                        consulterSalaries.lister(new ConsulterSalaries.Requete(acteur, entrepriseId,
                                recherche.filtre(), recherche.curseur(), recherche.taille()));
                parametres.put("salaries", resultat.elements());
                Pagination.liens(parametres, resultat.suivant(), recherche.curseur().isPresent(),
                        Lien.liste(ctx, LISTE, choix, FILTRES).avec(Parametres.TAILLE,
                                Parametres.texte(ctx, Parametres.TAILLE)));
                parametres.put("export", Lien.liste(ctx, SalariesExports.EXPORT, choix, FILTRES).toString());
            } catch (SaisieInvalideException | DomaineException refus) {
                EchecSaisie echec = EchecSaisie.de(refus);
                ctx.status(echec.statut());
                formulaire = formulaire.avecErreurs(echec.erreurs().stream()
                        .map(erreur -> erreur.surLeFormulaire(Set.copyOf(FILTRES))).toList());
            }
        }
        parametres.put("formulaire", formulaire);
        pages.afficher(ctx, page, "salarie/salaries.jte", parametres);
    }

    private void fiche(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        FicheSalarie fiche = consulterSalaries.consulter(acteur, salarieDuChemin(ctx));
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("fiche", fiche);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("retour", Lien.vers(LISTE).avec(Portefeuille.PARAMETRE, fiche.entrepriseId().toString())
                .toString());
        pages.afficher(ctx, "salarie/salarie.jte", parametres);
    }

    /** Pages, API and exports alike; an id that is not even well formed answers 404, like an unknown one. */
    static SalarieId salarieDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, SalarieId::de, INTROUVABLE);
    }
}
