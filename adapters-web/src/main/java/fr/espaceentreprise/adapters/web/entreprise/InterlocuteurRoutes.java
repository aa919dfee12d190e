package fr.espaceentreprise.adapters.web.entreprise;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The rubrique Interlocuteur: what the portal holds about the entreprise (identity, address, contact, payment
 * details with the IBAN masked), with links to the demandes that change it; and the entreprises of the API.
 */
public final class InterlocuteurRoutes {

    public static final String INTERLOCUTEUR = "/interlocuteur";
    static final String API_ENTREPRISES = "/api/v1/entreprises";
    static final String API_ENTREPRISE = "/api/v1/entreprises/{id}";

    private final ConsulterEntreprises consulterEntreprises;
    private final Portefeuille portefeuille;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    public InterlocuteurRoutes(ConsulterEntreprises consulterEntreprises, Portefeuille portefeuille, Acces acces,
            ControleAcces controle, Pages pages) {
        this.consulterEntreprises = consulterEntreprises;
        this.portefeuille = portefeuille;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(INTERLOCUTEUR, this::interlocuteur);
        routes.get(API_ENTREPRISES, this::entreprisesApi);
        routes.get(API_ENTREPRISE, this::entrepriseApi);
    }

    /** With no entreprise to show, the page reads nothing: the rubrique's gate refuses it as it refuses a fiche. */
    private void interlocuteur(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.INTERLOCUTEUR);
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, false);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("fiche", choix.entrepriseId().map(id -> consulterEntreprises.consulter(acteur, id))
                .orElse(null));
        pages.afficher(ctx, "entreprise/interlocuteur.jte", parametres);
    }

    private void entreprisesApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ctx.json(ListeJson.entiere(consulterEntreprises.lister(acteur).stream().map(EntrepriseJson::de).toList()));
    }

    private void entrepriseApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        FicheEntreprise fiche = consulterEntreprises.consulter(acteur,
                Parametres.identifiant(ctx, Portefeuille::entrepriseId, "entreprise.introuvable"));
        ctx.json(ficheJson(fiche));
    }

    static FicheEntrepriseJson ficheJson(FicheEntreprise fiche) {
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
