package fr.espaceentreprise.adapters.web.entreprise;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The rubrique Interlocuteur: what the portal holds about the entreprise (identity, address, contact, payment
 * details with the IBAN masked), with links to the demandes that change it.
 */
public final class InterlocuteurPages {

    public static final String INTERLOCUTEUR = "/interlocuteur";

    private final ConsulterEntreprises consulterEntreprises;
    private final Portefeuille portefeuille;
    private final Acces acces;
    private final Pages pages;

    public InterlocuteurPages(ConsulterEntreprises consulterEntreprises, Portefeuille portefeuille, Acces acces,
            Pages pages) {
        this.consulterEntreprises = consulterEntreprises;
        this.portefeuille = portefeuille;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(INTERLOCUTEUR, this::interlocuteur);
    }

    private void interlocuteur(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Portefeuille.Choix choix = portefeuille.choisir(ctx, acteur, Rubrique.INTERLOCUTEUR, false);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("choix", choix);
        parametres.put("gestionnaire", acteur.estGestionnaire());
        parametres.put("fiche", choix.entrepriseId().map(id -> consulterEntreprises.consulter(acteur, id))
                .orElse(null));
        pages.afficher(ctx, "entreprise/interlocuteur.jte", parametres);
    }
}
