package fr.espaceentreprise.adapters.web.cotisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.TotauxAppels;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The appels of the API: an entreprise's or the whole portfolio's, filtered as the page filters them, with the
 * totals of the filter and a cursor; one appel with its paiements. Amounts in cents.
 */
public final class CotisationsApi {

    static final String API_LISTE_ENTREPRISE = "/api/v1/entreprises/{id}/cotisations";
    static final String API_LISTE = "/api/v1/cotisations";
    static final String API_APPEL = "/api/v1/cotisations/{id}";

    private final ConsulterCotisations consulterCotisations;
    private final Acces acces;

    public CotisationsApi(ConsulterCotisations consulterCotisations, Acces acces) {
        this.consulterCotisations = consulterCotisations;
        this.acces = acces;
    }

    /** After the exports: "export" would otherwise be read as an appel's id. */
    public void declarer(RoutesConfig routes) {
        routes.get(API_LISTE_ENTREPRISE, ctx -> liste(ctx, Optional.of(Portefeuille.entrepriseDuChemin(ctx))));
        routes.get(API_LISTE, ctx -> liste(ctx, Optional.empty()));
        routes.get(API_APPEL, this::appel);
    }

    private void liste(Context ctx, Optional<EntrepriseId> entrepriseId) {
        Acteur acteur = acces.connecte(ctx).acteur();
        RechercheAppels recherche = RechercheAppels.lire(ctx);
        ConsulterCotisations.PageAppels resultat = consulterCotisations.lister(new ConsulterCotisations.Requete(
                acteur, entrepriseId, recherche.filtre(), recherche.curseur(), recherche.taille()));
        ctx.json(new ListeAppelsJson(resultat.page().elements().stream().map(AppelJson::de).toList(),
                resultat.page().suivant().map(Curseur::encoder).orElse(null), TotauxJson.de(resultat.totaux())));
    }

    private void appel(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ConsulterCotisations.FicheAppel fiche = consulterCotisations.consulter(acteur,
                CotisationsPages.appelDuChemin(ctx));
        ctx.json(new FicheAppelJson(AppelJson.de(fiche.appel()), fiche.paiements().stream()
                .map(paiement -> new PaiementJson(paiement.date(), paiement.montant().centimes(),
                        paiement.reference()))
                .toList()));
    }

    record ListeAppelsJson(List<AppelJson> items, @JsonInclude(JsonInclude.Include.ALWAYS) String suivant,
            TotauxJson totaux) {
    }

    record TotauxJson(long montantAppele, long montantPaye, long montantRestant) {

        static TotauxJson de(TotauxAppels totaux) {
            return new TotauxJson(totaux.appele().centimes(), totaux.paye().centimes(),
                    totaux.restant().centimes());
        }
    }

    record FicheAppelJson(@JsonUnwrapped AppelJson appel, List<PaiementJson> paiements) {
    }

    record PaiementJson(LocalDate date, long montant, String reference) {
    }
}
