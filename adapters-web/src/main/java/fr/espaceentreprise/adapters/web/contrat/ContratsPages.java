package fr.espaceentreprise.adapters.web.contrat;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Lien;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rubrique Contrats: an entreprise's contrats with their options and state today; one contrat. */
public final class ContratsPages {

    public static final String LISTE = "/contrats";
    static final String CONTRAT = "/contrats/{id}";
    private static final String INTROUVABLE = "contrat.introuvable";

    private final ConsulterContrats consulterContrats;
    private final Portefeuille portefeuille;
    private final Acces acces;
    private final Pages pages;

    public ContratsPages(ConsulterContrats consulterContrats, Portefeuille portefeuille, Acces acces, Pages pages) {
        this.consulterContrats = consulterContrats;
        this.portefeuille = portefeuille;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(CONTRAT, this::contrat);
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, Rubrique.CONTRATS, false);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("contrats", choix.entrepriseId().map(id -> consulterContrats.lister(acteur, id))
                .orElse(List.of()));
        pages.afficher(ctx, "contrat/contrats.jte", parametres);
    }

    private void contrat(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ContratResume contrat = consulterContrats.consulter(acteur, contratDuChemin(ctx));
        String entreprise = contrat.entrepriseId().toString();
        pages.afficher(ctx, "contrat/contrat.jte", Map.of("contrat", contrat,
                "gestionnaire", acteur.estGestionnaire(),
                "retour", Lien.vers(LISTE).avec(Portefeuille.PARAMETRE, entreprise).toString(),
                "salaries", Lien.vers("/salaries").avec(Portefeuille.PARAMETRE, entreprise)
                        .avec("contratId", contrat.id().toString()).toString(),
                "cotisations", Lien.vers("/cotisations").avec(Portefeuille.PARAMETRE, entreprise)
                        .avec("contratId", contrat.id().toString()).toString()));
    }

    /** Pages and API alike; an id that is not even well formed answers 404, like an unknown one. */
    static ContratId contratDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, ContratId::de, INTROUVABLE);
    }
}
