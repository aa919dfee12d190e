package fr.espaceentreprise.adapters.web.contrat;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** The contrats of the API: an entreprise's, and one contrat with its options. */
public final class ContratsApi {

    static final String API_LISTE = "/api/v1/entreprises/{id}/contrats";
    static final String API_CONTRAT = "/api/v1/contrats/{id}";

    private final ConsulterContrats consulterContrats;
    private final Acces acces;

    public ContratsApi(ConsulterContrats consulterContrats, Acces acces) {
        this.consulterContrats = consulterContrats;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_LISTE, this::liste);
        routes.get(API_CONTRAT, this::contrat);
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        List<ContratResume> contrats = consulterContrats.lister(acteur, Portefeuille.entrepriseDuChemin(ctx));
        ctx.json(ListeJson.entiere(contrats.stream().map(ContratsApi::contratJson).toList()));
    }

    private void contrat(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ctx.json(contratJson(consulterContrats.consulter(acteur, ContratsPages.contratDuChemin(ctx))));
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
