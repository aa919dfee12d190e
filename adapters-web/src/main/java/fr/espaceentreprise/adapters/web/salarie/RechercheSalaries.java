package fr.espaceentreprise.adapters.web.salarie;

import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.application.salarie.CurseurSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.domain.commun.CodePays;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * What a list of salariés asks for (the start of the nom, contrat, country, curseur, taille), pages, API and export
 * alike; every wrong parameter is reported at once (400).
 */
record RechercheSalaries(FiltreSalaries filtre, Optional<CurseurSalaries> curseur, int taille) {

    static final String RECHERCHE = FiltreSalaries.CHAMP_RECHERCHE;
    static final String CONTRAT = "contratId";
    static final String PAYS = CodePays.CHAMP;

    static RechercheSalaries lire(Context ctx) {
        Saisie saisie = new Saisie();
        FiltreSalaries filtre = filtre(ctx, saisie);
        Optional<CurseurSalaries> curseur = Parametres.curseur(ctx, saisie, CurseurSalaries::decoder);
        int taille = Parametres.taille(ctx, saisie);
        saisie.verifier();
        return new RechercheSalaries(filtre, curseur, taille);
    }

    /** Each criterion read on its own, so that a wrong one does not hide another. */
    static FiltreSalaries filtre(Context ctx, Saisie saisie) {
        FiltreSalaries parNom = saisie.lire(() -> FiltreSalaries.de(Parametres.texte(ctx, RECHERCHE), "", ""));
        FiltreSalaries parContrat = saisie.lire(() -> FiltreSalaries.de("", Parametres.texte(ctx, CONTRAT), ""));
        FiltreSalaries parPays = saisie.lire(() -> FiltreSalaries.de("", "", Parametres.texte(ctx, PAYS)));
        if (parNom == null || parContrat == null || parPays == null) {
            return FiltreSalaries.AUCUN;
        }
        return new FiltreSalaries(parNom.debutNom(), parContrat.contratId(), parPays.pays());
    }
}
