package fr.espaceentreprise.adapters.web.entreprise;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The entreprises of the API: the actor's portfolio, and one entreprise's fiche (the rubrique Interlocuteur). */
public final class EntreprisesApi {

    static final String API_ENTREPRISES = "/api/v1/entreprises";
    static final String API_ENTREPRISE = "/api/v1/entreprises/{id}";

    private final ConsulterEntreprises consulterEntreprises;
    private final Acces acces;

    public EntreprisesApi(ConsulterEntreprises consulterEntreprises, Acces acces) {
        this.consulterEntreprises = consulterEntreprises;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_ENTREPRISES, this::entreprises);
        routes.get(API_ENTREPRISE, this::entreprise);
    }

    private void entreprises(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ctx.json(ListeJson.entiere(consulterEntreprises.lister(acteur).stream().map(EntrepriseJson::de).toList()));
    }

    private void entreprise(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        FicheEntreprise fiche = consulterEntreprises.consulter(acteur, Portefeuille.entrepriseDuChemin(ctx));
        ctx.json(ficheJson(fiche));
    }

    private static FicheEntrepriseJson ficheJson(FicheEntreprise fiche) {
        Adresse adresse = fiche.adresseCorrespondance();
        return new FicheEntrepriseJson(fiche.id().toString(), fiche.numeroAdherent().valeur(), fiche.raisonSociale(),
                fiche.siret().valeur(),
                new AdresseJson(adresse.ligne1(), adresse.ligne2(), adresse.codePostal(), adresse.ville(),
                        adresse.pays().valeur()),
                fiche.email().valeur(), fiche.telephone().map(Telephone::valeur).orElse(null),
                new ModalitesPaiementJson(fiche.modePaiement(), fiche.ibanMasque().orElse(null),
                        fiche.bic().map(Bic::valeur).orElse(null), fiche.periodicite()));
    }

    record FicheEntrepriseJson(String id, String numeroAdherent, String raisonSociale, String siret,
            AdresseJson adresseCorrespondance, String email, String telephone,
            ModalitesPaiementJson modalitesPaiement) {
    }

    record AdresseJson(String ligne1, String ligne2, String codePostal, String ville, String pays) {
    }

    record ModalitesPaiementJson(ModePaiement mode, String ibanMasque, String bic, Periodicite periodicite) {
    }
}
