package fr.espaceentreprise.adapters.web.accueil;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.cotisation.AppelJson;
import fr.espaceentreprise.adapters.web.entreprise.EntrepriseJson;
import fr.espaceentreprise.application.accueil.Accueil;
import fr.espaceentreprise.application.accueil.ConsulterAccueil;
import fr.espaceentreprise.domain.demande.TypeDemande;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * The lists of the home page in the API: the entreprise or the portfolio, the appels to pay soon or late, the
 * demandes waiting for the user's answer (the page itself is {@code /accueil}, with the account's pages).
 */
public final class AccueilApi {

    static final String API_ACCUEIL = "/api/v1/accueil";

    private final ConsulterAccueil consulterAccueil;
    private final Acces acces;

    public AccueilApi(ConsulterAccueil consulterAccueil, Acces acces) {
        this.consulterAccueil = consulterAccueil;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_ACCUEIL, this::accueil);
    }

    private void accueil(Context ctx) {
        Accueil accueil = consulterAccueil.consulter(acces.connecte(ctx).acteur());
        ctx.json(new AccueilJson(accueil.entreprises().stream().map(EntrepriseJson::de).toList(),
                accueil.appelsARegler().stream().map(AppelJson::de).toList(), accueil.plusDAppels(),
                accueil.demandesEnAttente().stream().map(demande -> new DemandeJson(demande.id().toString(),
                        demande.type(), demande.entrepriseId().toString(), demande.raisonSociale(),
                        demande.soumiseLe(), demande.depuis())).toList(),
                accueil.plusDeDemandes()));
    }

    record AccueilJson(List<EntrepriseJson> entreprises, List<AppelJson> appelsARegler, boolean plusDAppels,
            List<DemandeJson> demandesEnAttente, boolean plusDeDemandes) {
    }

    record DemandeJson(String id, TypeDemande type, String entrepriseId, String raisonSociale, Instant soumiseLe,
            Instant depuis) {
    }
}
