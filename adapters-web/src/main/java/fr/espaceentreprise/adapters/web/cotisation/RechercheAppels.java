package fr.espaceentreprise.adapters.web.cotisation;

import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.application.cotisation.CurseurAppels;
import fr.espaceentreprise.application.cotisation.FiltreAppels;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * What a list of appels asks for (contrat, year, state, curseur, taille), pages, API and exports alike; every wrong
 * parameter is reported at once (400).
 */
record RechercheAppels(FiltreAppels filtre, Optional<CurseurAppels> curseur, int taille) {

    static final String CONTRAT = "contratId";
    static final String ANNEE = "annee";
    static final String ETAT = "etat";

    static RechercheAppels lire(Context ctx) {
        Saisie saisie = new Saisie();
        FiltreAppels filtre = filtre(ctx, saisie);
        Optional<CurseurAppels> curseur = Parametres.curseur(ctx, saisie, CurseurAppels::decoder);
        int taille = Parametres.taille(ctx, saisie);
        saisie.verifier();
        return new RechercheAppels(filtre, curseur, taille);
    }

    /** Each criterion read on its own, so that a wrong one does not hide another. */
    static FiltreAppels filtre(Context ctx, Saisie saisie) {
        FiltreAppels parContrat = saisie.lire(() -> FiltreAppels.de(Parametres.texte(ctx, CONTRAT), "", ""));
        FiltreAppels parAnnee = saisie.lire(() -> FiltreAppels.de("", Parametres.texte(ctx, ANNEE), ""));
        FiltreAppels parEtat = saisie.lire(() -> FiltreAppels.de("", "", Parametres.texte(ctx, ETAT)));
        if (parContrat == null || parAnnee == null || parEtat == null) {
            return FiltreAppels.AUCUN;
        }
        return new FiltreAppels(parContrat.contratId(), parAnnee.annee(), parEtat.etat());
    }
}
