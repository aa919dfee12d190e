package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.consultation.Pagination;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.demande.DemandeResume;
import fr.espaceentreprise.domain.commun.DomaineException;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The list page the user's side and the back office share: the statut and type filter, one page of demandes,
 * the links to the next page and back to the first. A wrong filter shows beside its field, with an empty list.
 */
final class ListeDeDemandes {

    private static final Set<String> CHAMPS_DU_FILTRE = Set.of(Recherche.STATUT, Recherche.TYPE);

    private ListeDeDemandes() {
    }

    static void afficher(Pages pages, Context ctx, String chemin, String gabarit, Map<String, Object> autres,
            Function<Recherche, fr.espaceentreprise.application.commun.Page<DemandeResume, CurseurChronologique>>
                    lire) {
        Page page = pages.page(ctx);
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(Recherche.STATUT,
                Parametres.texte(ctx, Recherche.STATUT), Recherche.TYPE, Parametres.texte(ctx, Recherche.TYPE)));
        Map<String, Object> parametres = new HashMap<>(autres);
        parametres.put("statuts", Recherche.statuts(page));
        parametres.put("types", Recherche.types(page));
        parametres.put("demandes", List.of());
        try {
            Recherche recherche = Recherche.lire(ctx);
            var resultat = lire.apply(recherche);
            parametres.put("demandes", resultat.elements());
            Pagination.liens(parametres, resultat.suivant(), recherche.curseur().isPresent(),
                    Recherche.lien(ctx, chemin));
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            formulaire = formulaire.avecErreurs(echec.erreurs().stream()
                    .map(erreur -> erreur.surLeFormulaire(CHAMPS_DU_FILTRE)).toList());
        }
        parametres.put("formulaire", formulaire);
        pages.afficher(ctx, page, gabarit, parametres);
    }
}
