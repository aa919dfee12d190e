package fr.espaceentreprise.adapters.web.contrat;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Lien;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rubrique Contrats: an entreprise's contrats with their options and state today; one contrat; the API. */
public final class ContratsRoutes {

    public static final String LISTE = "/contrats";
    static final String CONTRAT = "/contrats/{id}";
    static final String API_LISTE = "/api/v1/entreprises/{id}/contrats";
    static final String API_CONTRAT = "/api/v1/contrats/{id}";
    private static final String INTROUVABLE = "contrat.introuvable";

    private final ConsulterContrats consulterContrats;
    private final Portefeuille portefeuille;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    public ContratsRoutes(ConsulterContrats consulterContrats, Portefeuille portefeuille, Acces acces,
            ControleAcces controle, Pages pages) {
        this.consulterContrats = consulterContrats;
        this.portefeuille = portefeuille;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(CONTRAT, this::contrat);
        routes.get(API_LISTE, this::listeApi);
        routes.get(API_CONTRAT, this::contratApi);
    }

    /** With no entreprise to show, the page reads nothing: the rubrique's gate refuses it as it refuses a list. */
    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.CONTRATS);
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, false);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("contrats", choix.entrepriseId().map(id -> consulterContrats.lister(acteur, id))
                .orElse(List.of()));
        pages.afficher(ctx, "contrat/contrats.jte", parametres);
    }

    private void contrat(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ContratResume contrat = consulterContrats.consulter(acteur, Parametres.identifiant(ctx, ContratId::de,
                INTROUVABLE));
        String entreprise = contrat.entrepriseId().toString();
        pages.afficher(ctx, "contrat/contrat.jte", Map.of("contrat", contrat,
                "gestionnaire", acteur.estGestionnaire(),
                "retour", Lien.vers(LISTE).avec(Portefeuille.PARAMETRE, entreprise).toString(),
                "salaries", Lien.vers("/salaries").avec(Portefeuille.PARAMETRE, entreprise)
                        .avec("contratId", contrat.id().toString()).toString(),
                "cotisations", Lien.vers("/cotisations").avec(Portefeuille.PARAMETRE, entreprise)
                        .avec("contratId", contrat.id().toString()).toString()));
    }

    private void listeApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        List<ContratResume> contrats = consulterContrats.lister(acteur, Parametres.identifiant(ctx,
                Portefeuille::entrepriseId, "entreprise.introuvable"));
        ctx.json(ListeJson.entiere(contrats.stream().map(ContratsRoutes::contratJson).toList()));
    }

    private void contratApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ctx.json(contratJson(consulterContrats.consulter(acteur, Parametres.identifiant(ctx, ContratId::de,
                INTROUVABLE))));
    }

    private static ContratJson contratJson(ContratResume contrat) {
        return new ContratJson(contrat.id().toString(), contrat.numero().valeur(), contrat.entrepriseId().toString(),
                contrat.raisonSociale(), contrat.organisme(), contrat.garantie(),
                contrat.garantieProgrammee().map(programmee -> new GarantieProgrammeeJson(programmee.garantie(),
                        programmee.dateEffet())).orElse(null), contrat.dateEffet(),
                contrat.dateFin().orElse(null), contrat.etat(),
                contrat.options().stream().map(option -> new OptionJson(option.code(), option.debut(),
                        option.fin().orElse(null), option.active())).toList());
    }

    record ContratJson(String id, String numero, String entrepriseId, String raisonSociale, Organisme organisme,
            Garantie garantie, GarantieProgrammeeJson garantieProgrammee, LocalDate dateEffet, LocalDate dateFin,
            EtatContrat etat, List<OptionJson> options) {
    }

    record GarantieProgrammeeJson(Garantie garantie, LocalDate dateEffet) {
    }

    record OptionJson(CodeOption code, LocalDate dateDebut, LocalDate dateFin, boolean active) {
    }
}
