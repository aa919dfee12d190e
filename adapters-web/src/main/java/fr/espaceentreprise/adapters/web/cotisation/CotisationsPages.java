package fr.espaceentreprise.adapters.web.cotisation;

import static fr.espaceentreprise.adapters.web.cotisation.RechercheAppels.ANNEE;
import static fr.espaceentreprise.adapters.web.cotisation.RechercheAppels.CONTRAT;
import static fr.espaceentreprise.adapters.web.cotisation.RechercheAppels.ETAT;

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
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rubrique Cotisations: the appels of one entreprise or of the whole portfolio, filtered by contrat, year and
 * state, with the totals of the filter and keyset pages, and the links to its exports; one appel with its
 * paiements.
 */
public final class CotisationsPages {

    public static final String LISTE = "/cotisations";
    static final String APPEL = "/cotisations/{id}";

    private static final List<String> FILTRES = List.of(CONTRAT, ANNEE, ETAT);
    private static final String INTROUVABLE = "cotisation.introuvable";

    private final ConsulterCotisations consulterCotisations;
    private final ConsulterContrats consulterContrats;
    private final Portefeuille portefeuille;
    private final Acces acces;
    private final Pages pages;

    public CotisationsPages(ConsulterCotisations consulterCotisations, ConsulterContrats consulterContrats,
            Portefeuille portefeuille, Acces acces, Pages pages) {
        this.consulterCotisations = consulterCotisations;
        this.consulterContrats = consulterContrats;
        this.portefeuille = portefeuille;
        this.acces = acces;
        this.pages = pages;
    }

    /** After the exports: "export.pdf" would otherwise be read as an appel's id. */
    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(APPEL, this::appel);
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, Rubrique.COTISATIONS, true);
        Page page = pages.page(ctx);
        Formulaire formulaire = Parametres.formulaire(ctx, FILTRES);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("appels", List.of());
        parametres.put("contrats", List.of());
        parametres.put("etats", Arrays.stream(EtatAppel.values())
                .map(etat -> new Option(etat.name(), page.valeur(etat))).toList());
        choix.entrepriseId().ifPresent(id -> parametres.put("contrats",
                OptionsDeContrats.de(consulterContrats.aChoisir(acteur, id), page)));
        if (!choix.vide()) {
            try {
                RechercheAppels recherche = RechercheAppels.lire(ctx);
                ConsulterCotisations.PageAppels resultat = consulterCotisations.lister(new ConsulterCotisations.Requete(
                        acteur, choix.entrepriseId(), recherche.filtre(), recherche.curseur(), recherche.taille()));
                parametres.put("appels", resultat.page().elements());
                parametres.put("totaux", resultat.totaux());
                Pagination.liens(parametres, resultat.page().suivant(), recherche.curseur().isPresent(),
                        Lien.liste(ctx, LISTE, choix, FILTRES).avec(Parametres.TAILLE,
                                Parametres.texte(ctx, Parametres.TAILLE)));
                parametres.put("exportPdf", Lien.liste(ctx, CotisationsExports.EXPORT_PDF, choix, FILTRES).toString());
                parametres.put("exportCsv", Lien.liste(ctx, CotisationsExports.EXPORT_CSV, choix, FILTRES).toString());
            } catch (SaisieInvalideException | DomaineException refus) {
                EchecSaisie echec = EchecSaisie.de(refus);
                ctx.status(echec.statut());
                formulaire = formulaire.avecErreurs(echec.erreurs().stream()
                        .map(erreur -> erreur.surLeFormulaire(Set.copyOf(FILTRES))).toList());
            }
        }
        parametres.put("formulaire", formulaire);
        pages.afficher(ctx, page, "cotisation/cotisations.jte", parametres);
    }

    private void appel(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ConsulterCotisations.FicheAppel fiche = consulterCotisations.consulter(acteur, appelDuChemin(ctx));
        AppelResume appel = fiche.appel();
        pages.afficher(ctx, "cotisation/cotisation.jte", Map.of("fiche", fiche,
                "gestionnaire", acteur.estGestionnaire(),
                "retour", Lien.vers(LISTE).avec(Portefeuille.PARAMETRE, appel.entrepriseId().toString()).toString()));
    }

    /** Pages, API and exports alike; an id that is not even well formed answers 404, like an unknown one. */
    static AppelDeCotisationId appelDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, AppelDeCotisationId::de, INTROUVABLE);
    }
}
